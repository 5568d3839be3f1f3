package io.busgen.runtime.internal;

/**
 * The {@code hostname}, {@code idn-hostname} and {@code idn-email} formats, which need ICU4J's IDNA2008 support
 * ({@code com.ibm.icu:icu4j}, an optional dependency of the runtime).
 *
 * <ul>
 * <li>{@code hostname}: RFC 1123, section 2.1, with RFC 5890's A-labels: ASCII letters, digits and hyphens in dot
 *     separated labels of 1 to 63 characters, none starting or ending with a hyphen, at most 253 characters in all,
 *     no trailing dot. A name with a label starting {@code xn--} (in any case) is an internationalised name: it must
 *     also be a valid {@code idn-hostname}, so each such label must be an A-label that decodes to a valid U-label
 *     (RFC 5890 section 2.3.2.1, RFC 5891 section 4.4).</li>
 * <li>{@code idn-hostname}: RFC 5890, section 2.3.2.3, with the rules of RFC 5891, RFC 5892 and RFC 5893, as
 *     {@link Idna2008} applies them.</li>
 * <li>{@code idn-email}: RFC 6531, section 3.3: an RFC 5321 mailbox whose local part may also hold any non-ASCII
 *     character (at most 64 octets in UTF-8) and whose domain is an {@code idn-hostname} or an address literal.</li>
 * </ul>
 *
 * <p>Asserting one of these formats without ICU4J on the class path throws {@link IllegalStateException} saying what
 * to add, whatever the value, so that a missing dependency shows on the first check rather than on the first
 * internationalised name.
 */
public final class HostnameFormat {

    /** The Maven coordinates named in the error, with the version busgen is built and tested with. */
    static final String ICU4J = "com.ibm.icu:icu4j:79.1";
    private static final boolean ICU_PRESENT = icuPresent();

    private HostnameFormat() {}

    /**
     * Whether {@code value} is a {@code hostname}.
     *
     * @param value the string
     * @return whether it is valid
     * @throws IllegalStateException when ICU4J is not on the class path
     */
    public static boolean isHostname(String value) {
        requireIcu("hostname");
        if (value.isEmpty() || value.length() > 253) {
            return false;
        }
        boolean international = false;
        int labelStart = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '.') {
                int length = i - labelStart;
                if (length == 0 || length > 63 || value.charAt(labelStart) == '-' || value.charAt(i - 1) == '-') {
                    return false;
                }
                international |= value.regionMatches(true, labelStart, "xn--", 0, 4);
                labelStart = i + 1;
            } else {
                char c = value.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
        }
        return !international || Idna2008.isValidName(value);
    }

    /**
     * Whether {@code value} is an {@code idn-hostname}.
     *
     * @param value the string
     * @return whether it is valid
     * @throws IllegalStateException when ICU4J is not on the class path
     */
    public static boolean isIdnHostname(String value) {
        requireIcu("idn-hostname");
        return Idna2008.isValidName(value);
    }

    /**
     * Whether {@code value} is an {@code idn-email}.
     *
     * @param value the string
     * @return whether it is valid
     * @throws IllegalStateException when ICU4J is not on the class path
     */
    public static boolean isIdnEmail(String value) {
        requireIcu("idn-email");
        int at = Formats.localPartEnd(value, true);
        if (at < 0 || at >= value.length() || value.charAt(at) != '@' || utf8Length(value, at) > 64) {
            return false;
        }
        String domain = value.substring(at + 1);
        if (domain.startsWith("[")) {
            // an address literal, as the email format has it
            return Formats.isValid("email", "a@" + domain);
        }
        return Idna2008.isValidName(domain);
    }

    /** The UTF-8 length of {@code value[0, end)}. */
    private static int utf8Length(String value, int end) {
        int octets = 0;
        for (int i = 0; i < end; ) {
            int c = value.codePointAt(i);
            octets += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            i += Character.charCount(c);
        }
        return octets;
    }

    private static void requireIcu(String format) {
        if (!ICU_PRESENT) {
            throw new IllegalStateException("format \"" + format + "\" is asserted but ICU4J, which checks"
                    + " internationalised domain names, is not on the class path: add " + ICU4J + " (busgen docs:"
                    + " runtime.md, \"Formats and ICU4J\"), or do not assert formats");
        }
    }

    private static boolean icuPresent() {
        try {
            Class.forName("com.ibm.icu.text.IDNA", false, HostnameFormat.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
