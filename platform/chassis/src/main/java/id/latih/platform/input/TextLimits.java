package id.latih.platform.input;

/**
 * Field lengths every service's requests use, so one kind of value has one limit everywhere. Sized for the domain
 * with room to spare: a NIP has 18 digits; a name with academic and religious titles stays well under 150; program
 * and position titles under 200; ids are UUIDs with a short prefix.
 */
public final class TextLimits {

    public static final int NIP = 18;
    public static final int NAME = 150;
    public static final int TITLE = 200;
    public static final int CODE = 20;
    public static final int ID = 64;
    public static final int LABEL = 60;
    /** Needs one program may address: enough for a large class, and the ids fit well within the body limit. */
    public static final int NEEDS_PER_PROGRAM = 500;

    private TextLimits() {
    }
}
