package io.busgen.generator.emit.docs;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown text helpers shared by the page styles and the diff's pull-request comment. */
public final class Markdown {

    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");
    private static final Pattern PLAIN_YAML = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ,()/._-]*");

    private Markdown() {}

    /** Text for a table cell: line breaks become spaces and {@code |} is escaped, so the cell cannot break the row. */
    public static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }

    /** The text on one line: each line break (and the white space around it) becomes one space. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*(\\r\\n|\\r|\\n)\\s*", " ");
    }

    /** An inline code span of {@code text}, fenced with more backticks than it holds. */
    public static String code(String text) {
        int longest = 0;
        Matcher run = BACKTICK_RUN.matcher(text);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`") || text.isBlank() && !text.isEmpty();
        String inner = pad ? " " + text + " " : text;
        return fence + inner + fence;
    }

    /** A YAML scalar for front matter: plain when that is safe, else double-quoted. */
    static String yamlScalar(String text) {
        String line = oneLine(text);
        return PLAIN_YAML.matcher(line).matches() && !line.endsWith(" ") ? line : quoted(line);
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The page with trailing white space removed and exactly one final newline. */
    static String endWithOneNewline(String page) {
        return page.stripTrailing() + "\n";
    }

    /** Python's {@code str.title()}: a letter after a non-letter is upper case, every other letter lower case. */
    static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean afterLetter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                out.appendCodePoint(afterLetter ? Character.toLowerCase(c) : Character.toTitleCase(c));
                afterLetter = true;
            } else {
                out.appendCodePoint(c);
                afterLetter = false;
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /**
     * Heading anchors as GitHub makes them: the heading's visible text in lower case, with every character other
     * than a letter, a digit, {@code _}, {@code -} or a space dropped, and spaces turned into {@code -}; a repeated
     * anchor gets {@code -1}, {@code -2}, ... in document order.
     */
    static final class Anchors {

        private final Set<String> taken = new HashSet<>();

        /** The anchor of the next heading with this visible text. */
        String next(String visibleText) {
            String base = slug(visibleText);
            String anchor = base;
            for (int n = 1; !taken.add(anchor); n++) {
                anchor = base + "-" + n;
            }
            return anchor;
        }

        static String slug(String visibleText) {
            StringBuilder out = new StringBuilder();
            String lower = visibleText.strip().toLowerCase(Locale.ROOT);
            for (int i = 0; i < lower.length(); ) {
                int c = lower.codePointAt(i);
                if (c == ' ') {
                    out.append('-');
                } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-'
                        || Character.getType(c) == Character.NON_SPACING_MARK) {
                    out.appendCodePoint(c);
                }
                i += Character.charCount(c);
            }
            return out.toString();
        }
    }
}
