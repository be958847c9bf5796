package id.latih.needs.application;

import id.latih.needs.domain.Need;
import id.latih.platform.security.AgencyScope;
import java.util.List;
import org.springframework.stereotype.Service;

/** The needs the caller may see: their agency's, or a region's or province's for analysts. */
@Service
public class ListNeeds {

    private final NeedStore needs;

    public ListNeeds(NeedStore needs) {
        this.needs = needs;
    }

    public List<Need> list(AgencyScope caller) {
        return needs.findVisibleTo(caller);
    }
}
