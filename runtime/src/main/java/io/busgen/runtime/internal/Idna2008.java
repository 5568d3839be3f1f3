package io.busgen.runtime.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.IDNA;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ICUInputTooLongException;

/**
 * Internationalised domain names on ICU4J: the only class of the runtime that names ICU4J's classes, loaded only
 * once {@link HostnameFormat} has found ICU4J on the class path.
 *
 * <p>A name is processed as UTS #46 (nontransitional) processes it, with every check ICU4J has: the labels are
 * mapped (case, width, NFC) and split at {@code .} and its ideographic and full-width forms, A-labels are decoded
 * and must re-encode to themselves, and then each label must pass the hyphen rules and the leading-mark rule of
 * RFC 5891 section 4.2.3, the CONTEXTJ and CONTEXTO rules of RFC 5892 appendix A, the Bidi rule of RFC 5893, the
 * STD3 rules (letters, digits, hyphens) for ASCII labels, and the lengths of RFC 5891 section 4.2.4 (63 octets a
 * label, 253 the name, in A-label form). UTS #46 lets through some characters IDNA2008 disallows (symbols and
 * punctuation such as U+00A1, and the exceptions of RFC 5892 section 2.6 such as U+0640 ARABIC TATWEEL), so every
 * code point of the mapped name is also checked against IDNA2008's derived property (RFC 5892 section 3), computed
 * from ICU4J's Unicode data: only PVALID, CONTEXTJ and CONTEXTO are allowed. Empty labels are refused, a trailing
 * dot included.
 */
final class Idna2008 {

    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.USE_STD3_RULES | IDNA.CHECK_BIDI
            | IDNA.CHECK_CONTEXTJ | IDNA.CHECK_CONTEXTO | IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE);
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private Idna2008() {}

    /** Whether {@code name} is an internationalised host name (see the class comment). */
    static boolean isValidName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        IDNA.Info toAscii = new IDNA.Info();
        IDNA.Info toUnicode = new IDNA.Info();
        StringBuilder mapped;
        try {
            UTS46.nameToASCII(name, new StringBuilder(), toAscii);
            mapped = UTS46.nameToUnicode(name, new StringBuilder(), toUnicode);
        } catch (ICUInputTooLongException e) {
            return false; // a million code units or more: far beyond the 253 octets of a name
        }
        if (toAscii.hasErrors() || toUnicode.hasErrors() || mapped.length() == 0
                || mapped.charAt(mapped.length() - 1) == '.') {
            return false;
        }
        for (int i = 0; i < mapped.length(); ) {
            int c = mapped.codePointAt(i);
            if (c != '.' && !isAllowed(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Whether IDNA2008's derived property of {@code c} (RFC 5892, section 3) is PVALID, CONTEXTJ or CONTEXTO. */
    static boolean isAllowed(int c) {
        switch (exception(c)) {
            case 1:
                return true;
            case -1:
                return false;
            default:
                break;
        }
        int type = UCharacter.getType(c);
        if (type == UCharacterCategory.UNASSIGNED
                && !UCharacter.hasBinaryProperty(c, UProperty.NONCHARACTER_CODE_POINT)) {
            return false; // UNASSIGNED
        }
        if (c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z') {
            return true; // LDH
        }
        if (UCharacter.hasBinaryProperty(c, UProperty.JOIN_CONTROL)) {
            return true; // CONTEXTJ
        }
        String text = new String(Character.toChars(c));
        if (!NFKC.normalize(UCharacter.foldCase(NFKC.normalize(text), true)).equals(text)) {
            return false; // Unstable
        }
        if (UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.hasBinaryProperty(c, UProperty.WHITE_SPACE)
                || UCharacter.hasBinaryProperty(c, UProperty.NONCHARACTER_CODE_POINT)) {
            return false; // IgnorableProperties
        }
        if (c >= 0x20D0 && c <= 0x20FF || c >= 0x1D100 && c <= 0x1D24F) {
            // IgnorableBlocks: Combining Diacritical Marks for Symbols, Musical Symbols, Ancient Greek Musical Notation
            return false;
        }
        int jamo = UCharacter.getIntPropertyValue(c, UProperty.HANGUL_SYLLABLE_TYPE);
        if (jamo == UCharacter.HangulSyllableType.LEADING_JAMO || jamo == UCharacter.HangulSyllableType.VOWEL_JAMO
                || jamo == UCharacter.HangulSyllableType.TRAILING_JAMO) {
            return false; // OldHangulJamo
        }
        switch (type) { // LetterDigits
            case UCharacterCategory.LOWERCASE_LETTER:
            case UCharacterCategory.UPPERCASE_LETTER:
            case UCharacterCategory.OTHER_LETTER:
            case UCharacterCategory.DECIMAL_DIGIT_NUMBER:
            case UCharacterCategory.MODIFIER_LETTER:
            case UCharacterCategory.NON_SPACING_MARK:
            case UCharacterCategory.COMBINING_SPACING_MARK:
                return true;
            default:
                return false;
        }
    }

    /**
     * The exceptions of RFC 5892, section 2.6: 1 for PVALID or CONTEXTO, -1 for DISALLOWED, 0 for a code point that
     * is not an exception.
     */
    private static int exception(int c) {
        switch (c) {
            case 0x00DF: // LATIN SMALL LETTER SHARP S
            case 0x03C2: // GREEK SMALL LETTER FINAL SIGMA
            case 0x06FD: // ARABIC SIGN SINDHI AMPERSAND
            case 0x06FE: // ARABIC SIGN SINDHI POSTPOSITION MEN
            case 0x0F0B: // TIBETAN MARK INTERSYLLABIC TSHEG
            case 0x3007: // IDEOGRAPHIC NUMBER ZERO
                return 1; // PVALID
            case 0x00B7: // MIDDLE DOT
            case 0x0375: // GREEK LOWER NUMERAL SIGN (KERAIA)
            case 0x05F3: // HEBREW PUNCTUATION GERESH
            case 0x05F4: // HEBREW PUNCTUATION GERSHAYIM
            case 0x30FB: // KATAKANA MIDDLE DOT
                return 1; // CONTEXTO
            case 0x0640: // ARABIC TATWEEL
            case 0x07FA: // NKO LAJANYALAN
            case 0x302E: // HANGUL SINGLE DOT TONE MARK
            case 0x302F: // HANGUL DOUBLE DOT TONE MARK
            case 0x3031: // VERTICAL KANA REPEAT MARK
            case 0x3032: // VERTICAL KANA REPEAT WITH VOICED SOUND MARK
            case 0x3033: // VERTICAL KANA REPEAT MARK UPPER HALF
            case 0x3034: // VERTICAL KANA REPEAT WITH VOICED SOUND MARK UPPER HALF
            case 0x3035: // VERTICAL KANA REPEAT MARK LOWER HALF
            case 0x303B: // VERTICAL IDEOGRAPHIC ITERATION MARK
                return -1; // DISALLOWED
            default:
                // ARABIC-INDIC DIGITs and EXTENDED ARABIC-INDIC DIGITs: CONTEXTO
                return c >= 0x0660 && c <= 0x0669 || c >= 0x06F0 && c <= 0x06F9 ? 1 : 0;
        }
    }
}
