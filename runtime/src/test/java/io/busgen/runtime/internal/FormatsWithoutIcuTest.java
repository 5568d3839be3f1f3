package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runtime without ICU4J, its optional dependency, as a user who does not add it has it: the runtime's classes
 * and RE2/J in a class loader of their own, over the platform's.
 */
class FormatsWithoutIcuTest {

    private static final Set<String> NEED_ICU = Set.of("hostname", "idn-hostname", "idn-email");

    @Test
    void everyFormatButTheInternationalisedNamesIsCheckedWithoutIcu() throws Exception {
        try (URLClassLoader loader = withoutIcu()) {
            assertThatThrownBy(() -> Class.forName("com.ibm.icu.text.IDNA", false, loader))
                    .isInstanceOf(ClassNotFoundException.class);
            Method isValid = Class.forName(Formats.class.getName(), true, loader)
                    .getMethod("isValid", String.class, String.class);
            for (String format : Formats.ASSERTED) {
                if (NEED_ICU.contains(format)) {
                    continue;
                }
                assertThat(isValid.invoke(null, format, "(x y")).as(format).isEqualTo(false);
            }
            assertThat(isValid.invoke(null, "duration", "P1D")).isEqualTo(true);
            assertThat(isValid.invoke(null, "regex", "^a+$")).isEqualTo(true);
        }
    }

    @Test
    void assertingAnInternationalisedNameWithoutIcuSaysWhatToAdd() throws Exception {
        try (URLClassLoader loader = withoutIcu()) {
            Method isValid = Class.forName(Formats.class.getName(), true, loader)
                    .getMethod("isValid", String.class, String.class);
            for (String format : NEED_ICU) {
                // whatever the value, so that the missing dependency shows on the first check
                for (String value : new String[] {"example.com", "a@example.com", "xn--9n2bp8q", ""}) {
                    assertThatThrownBy(() -> isValid.invoke(null, format, value))
                            .isInstanceOf(InvocationTargetException.class)
                            .cause()
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessage("format \"" + format + "\" is asserted but ICU4J, which checks"
                                    + " internationalised domain names, is not on the class path: add"
                                    + " com.ibm.icu:icu4j:79.1 (busgen docs: runtime.md, \"Formats and ICU4J\"), or do"
                                    + " not assert formats");
                }
            }
        }
    }

    private static URLClassLoader withoutIcu() throws Exception {
        URL runtime = Formats.class.getProtectionDomain().getCodeSource().getLocation();
        URL re2j = com.google.re2j.Pattern.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {runtime, re2j}, ClassLoader.getPlatformClassLoader());
    }
}
