package id.latih.enrollments.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived check-in codes for one session, shown by its facilitator (as text or a QR code) and typed or scanned
 * by the participants present. A code is {@code CI.<program>.<session>.<window>.<signature>}: the ids in base64url,
 * the window the number of rotation periods since the epoch, and an HMAC-SHA256 over the three with the service's
 * secret, so nobody without the secret can make one and no code serves another session. A code is accepted in its
 * own window and the next one (and the previous, for an instance whose clock runs slightly behind): a code scanned
 * just before it rotates still works, and one photographed and sent out of the hall is dead within two periods.
 */
public final class CheckInCodes {

    private static final String PREFIX = "CI";
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    /** A code with the time it was issued and when it stops being accepted. */
    public record Issued(String code, Instant issuedAt, Instant acceptedUntil) {
    }

    /** What a presented code turned out to be. */
    public sealed interface Reading {
    }

    /** Issued by this service for the session, within its time. */
    public record Valid(String programId, String sessionId) implements Reading {
    }

    /** Issued by this service, but too long ago. */
    public record Expired(String programId, String sessionId) implements Reading {
    }

    /** Not a code this service issued: malformed, altered or signed with another secret. */
    public record Forged() implements Reading {
    }

    private final byte[] secret;
    private final long rotationSeconds;

    public CheckInCodes(String secret, Duration rotation) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("the check-in secret needs at least 32 characters");
        }
        if (rotation.toSeconds() < 1) {
            throw new IllegalArgumentException("codes rotate at most every second");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.rotationSeconds = rotation.toSeconds();
    }

    public Issued issue(String programId, String sessionId, Instant now) {
        long window = window(now);
        String signed = PREFIX + "." + encode(programId) + "." + encode(sessionId) + "." + window;
        return new Issued(signed + "." + ENCODE.encodeToString(signature(signed)), now,
                Instant.ofEpochSecond((window + 2) * rotationSeconds));
    }

    public Reading read(String code, Instant now) {
        String[] parts = code == null ? new String[0] : code.strip().split("\\.", -1);
        if (parts.length != 5 || !PREFIX.equals(parts[0])) {
            return new Forged();
        }
        try {
            String signed = String.join(".", Arrays.copyOf(parts, 4));
            if (!MessageDigest.isEqual(signature(signed), DECODE.decode(parts[4]))) {
                return new Forged();
            }
            String programId = decode(parts[1]);
            String sessionId = decode(parts[2]);
            long age = window(now) - Long.parseLong(parts[3]);
            return age <= 1 && age >= -1 ? new Valid(programId, sessionId) : new Expired(programId, sessionId);
        } catch (IllegalArgumentException malformed) {
            return new Forged();
        }
    }

    private long window(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), rotationSeconds);
    }

    private byte[] signature(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String encode(String id) {
        return ENCODE.encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(DECODE.decode(part), StandardCharsets.UTF_8);
    }
}
