package id.latih.events;

/**
 * One module of a program's curriculum, as events carry it: the modules' JP add up to the program's JP, so
 * enrollment and evaluation can attribute hours and results to the part of the program that gave them.
 *
 * @param moduleId    stable within the program across revisions (M-1, M-2... in the order the designer listed them)
 * @param title       what the module teaches
 * @param jp          its hours, in JP of the program's minutes per JP
 * @param method      the learning method of this module (a blended program mixes them): a LearningMethod name
 * @param facilitator who teaches it (a name or a NIP, as the organiser records it); blank if not yet known
 */
public record ProgramModule(
        String moduleId,
        String title,
        int jp,
        String method,
        String facilitator) {
}
