package id.latih.programs.adapter.in.web;

import id.latih.platform.security.AgencyScope;
import id.latih.programs.application.AdoptPoolingProposal;
import id.latih.programs.application.DraftProgram;
import id.latih.programs.application.EditDraft;
import id.latih.programs.application.ProgramCalendar;
import id.latih.programs.application.PublishDraft;
import id.latih.programs.domain.Program;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A program before it is published: drafted, edited, adopted from a pooling proposal, then published. */
@RestController
class DraftController {

    private final DraftProgram draftProgram;
    private final EditDraft editDraft;
    private final PublishDraft publishDraft;
    private final AdoptPoolingProposal adoptPooling;
    private final ProgramCalendar calendar;

    DraftController(DraftProgram draftProgram, EditDraft editDraft, PublishDraft publishDraft,
                    AdoptPoolingProposal adoptPooling, ProgramCalendar calendar) {
        this.draftProgram = draftProgram;
        this.editDraft = editDraft;
        this.publishDraft = publishDraft;
        this.adoptPooling = adoptPooling;
        this.calendar = calendar;
    }

    /** A new draft: checked, seen only by the agency's designers and admins, announced to nobody. */
    @PostMapping("/api/programs/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    ProgramView draft(AgencyScope caller, @Valid @RequestBody Requests.PublishProgram body) {
        return view(draftProgram.draft(caller, body.toCommand()));
    }

    /** Replaces a draft with the whole program as it now is. */
    @PutMapping("/api/programs/{id}/draft")
    ProgramView editDraft(AgencyScope caller, @PathVariable String id,
                          @Valid @RequestBody Requests.PublishProgram body) {
        return view(editDraft.edit(caller, id, body.toCommand()));
    }

    /** Publishes a draft: enrollment opens. */
    @PostMapping("/api/programs/{id}/publish")
    ProgramView publishDraft(AgencyScope caller, @PathVariable String id) {
        return view(publishDraft.publish(caller, id));
    }

    /** Adopts the region's pooling proposal for a competency as a draft. */
    @PostMapping("/api/backlog/pooling/adoptions")
    @ResponseStatus(HttpStatus.CREATED)
    ProgramView adopt(AgencyScope caller, @Valid @RequestBody Requests.Adoption body) {
        return view(adoptPooling.adopt(caller, body.toCommand()));
    }

    private ProgramView view(Program program) {
        return ProgramView.of(program, calendar.statusOf(program), null);
    }
}
