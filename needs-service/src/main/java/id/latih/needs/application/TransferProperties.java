package id.latih.needs.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Transfers (mutasi) ({@code latih.needs.transfer.*}).
 *
 * @param regionCentre the agency name of a region's training centre (BKPSDM): its admin or system, as agency
 *                     {@code <region>.<regionCentre>}, decides transfers from the region's agencies besides the
 *                     releasing agency itself
 * Also read here: {@code release-sweep} (default PT30S), how often the release of a transferred employee's needs
 * in the releasing agency is finished when the approval could not ({@code TransferReleaseSweep}).
 */
@ConfigurationProperties("latih.needs.transfer")
public record TransferProperties(String regionCentre) {
}
