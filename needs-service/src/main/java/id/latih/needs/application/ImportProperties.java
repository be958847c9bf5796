package id.latih.needs.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the employee import ({@code latih.needs.import.*}; documented defaults in {@code application.yml}).
 *
 * @param maxFileSize         the largest upload, spooled to disk, never held in memory
 * @param maxRows             data rows one file may hold; a province's whole staff fits
 * @param batchSize           rows looked up and report lines written together
 * @param maxUnpackedSize     bytes an .xlsx may unpack to in all; more is refused as a zip bomb
 * @param maxCompressionRatio how much smaller than its content a part of an .xlsx may be; more is refused as a zip bomb
 * @param problemRows         rejected rows listed in the problem of a refused import (the report has them all)
 */
@ConfigurationProperties("latih.needs.import")
public record ImportProperties(DataSize maxFileSize, int maxRows, int batchSize, DataSize maxUnpackedSize,
                               int maxCompressionRatio, int problemRows) {
}
