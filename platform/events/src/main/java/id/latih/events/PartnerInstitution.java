package id.latih.events;

/**
 * An institution a program is run with: a university or training institute, a private-sector company or a
 * professional body.
 *
 * @param name the institution's name
 * @param kind UNIVERSITY, PRIVATE_SECTOR or PROFESSIONAL_BODY
 */
public record PartnerInstitution(
        String name,
        String kind) {
}
