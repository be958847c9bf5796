package id.latih.needs.application;

import id.latih.needs.domain.RequiredLevelDefaults;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Position-standard defaults ({@code latih.needs.standards}).
 *
 * @param fungsionalManagerialLevel the managerial level functional positions require when the agency does not say
 *                                  (default 0: none, the agency states it)
 */
@ConfigurationProperties("latih.needs.standards")
public record StandardsProperties(Integer fungsionalManagerialLevel) {

    public StandardsProperties {
        fungsionalManagerialLevel = fungsionalManagerialLevel == null ? 0 : fungsionalManagerialLevel;
    }

    public RequiredLevelDefaults defaults() {
        return new RequiredLevelDefaults(fungsionalManagerialLevel);
    }
}
