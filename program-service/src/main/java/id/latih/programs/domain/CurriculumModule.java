package id.latih.programs.domain;

import id.latih.events.ProgramModule;

/**
 * One module of a program's curriculum: what it teaches, its hours in JP, how (a blended program mixes methods)
 * and who teaches it. Numbered M-1, M-2... in the order the designer lists them.
 */
public record CurriculumModule(String moduleId, String title, int jp, LearningMethod method, String facilitator) {

    ProgramModule toEvent() {
        return new ProgramModule(moduleId, title, jp, method.name(), facilitator);
    }
}
