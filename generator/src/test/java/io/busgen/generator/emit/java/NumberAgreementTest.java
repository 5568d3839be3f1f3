package io.busgen.generator.emit.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.ValidationException;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Validation and decoding agree on every number lexeme JSON allows (the decisions of {@code docs/validators.md},
 * "Numbers and Java's types"): the validator says valid exactly when {@code decodeValidated} succeeds, and a valid body
 * decodes and encodes to the stated bytes.
 */
class NumberAgreementTest {

    private static ClassLoader classes;

    @BeforeAll
    static void compile() throws Exception {
        Path root = Path.of(NumberAgreementTest.class.getResource("/catalogs/numbers").toURI());
        InMemoryCompiler.Result result = InMemoryCompiler.compile(
                JavaEmitter.emit(CatalogLoader.load(root, "numbers").orThrow(), null),
                System.getProperty("java.class.path"), List.of("-Xlint:all", "-Werror", "--release", "17"));
        assertThat(result.diagnostics()).isEmpty();
        classes = result.classLoader(NumberAgreementTest.class.getClassLoader());
    }

    @SuppressWarnings("unchecked")
    private static EntryAdapter<Object> adapter(String type) throws ReflectiveOperationException {
        return (EntryAdapter<Object>) Class.forName("com.example.numbers." + type, true, classes)
                .getField("ADAPTER").get(null);
    }

    private static Validator validator(String type) throws ReflectiveOperationException {
        return (Validator) Class.forName("com.example.numbers." + type, true, classes).getField("VALIDATOR")
                .get(null);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // type | body | each violation's pointer and keyword (";" between), or "-" when valid | encoding when valid
        "NumbersValueSent | {\"count\":1}                                    | -              | {\"count\":1}",
        "NumbersValueSent | {\"count\":-0}                                   | -              | {\"count\":0}",
        "NumbersValueSent | {\"count\":1.0}                                  | -              | {\"count\":1}",
        "NumbersValueSent | {\"count\":1e3}                                  | -              | {\"count\":1000}",
        "NumbersValueSent | {\"count\":9223372036854775807}                  | -              | {\"count\":9223372036854775807}",
        "NumbersValueSent | {\"count\":9.223372036854775807e18}              | -              | {\"count\":9223372036854775807}",
        "NumbersValueSent | {\"count\":-9223372036854775808}                 | -              | {\"count\":-9223372036854775808}",
        "NumbersValueSent | {\"count\":9223372036854775808}                  | /count int64   | ",
        "NumbersValueSent | {\"count\":9.223372036854775808e18}              | /count int64   | ",
        "NumbersValueSent | {\"count\":1e400}                                | /count int64   | ",
        "NumbersValueSent | {\"count\":1.5}                                  | /count type    | ",
        "NumbersValueSent | {\"count\":1,\"maybe_count\":1e19}               | /maybe_count int64 | ",
        "NumbersValueSent | {\"count\":1,\"counts\":[1,1e19]}                | /counts/1 int64 | ",
        "NumbersValueSent | {\"count\":1,\"ratio\":-0.0}                     | -              | {\"count\":1,\"ratio\":-0.0}",
        "NumbersValueSent | {\"count\":1,\"ratio\":1e-400}                   | -              | {\"count\":1,\"ratio\":0.0}",
        "NumbersValueSent | {\"count\":1,\"ratio\":1e400}                    | /ratio double  | ",
        "NumbersValueSent | {\"count\":1,\"ratio\":-1e400}                   | /ratio double  | ",
        "NumbersValueSent | {\"count\":1,\"ratio\":1e9999999999}             | /ratio limit   | ",
        "NumbersValueSent | {\"count\":1,\"extra\":{\"a\":1e400,\"b\":-1e400}} | -            | {\"count\":1,\"extra\":{\"a\":1E+400,\"b\":-1E+400}}",
        "NumbersValueSent | {\"count\":1,\"extra\":{\"a\":123456789012345678901234567890}} | - | {\"count\":1,\"extra\":{\"a\":123456789012345678901234567890}}",
        "NumbersValueSent | {\"count\":1,\"anything\":[-1e400]}             | -              | {\"count\":1,\"anything\":[-1E+400]}",
        "NumbersValueSent | {\"count\":1,\"unknown\":1e400}                  | -              | {\"count\":1}",
        "NumbersValueSent | {\"count\":1,\"unknown\":[{\"x\":1e9999999999}]} | /unknown/0/x limit | ",
        "NumbersValueSent | {\"count\":1,\"extra\":{\"a\":1e-9999999999}}     | /extra/a limit | ",
        "NumbersValueChecked | {\"count\":1e400}                             | /count int64;/count maximum | ",
        "NumbersValueChecked | {\"count\":100,\"ratio\":1e400}               | /ratio double  | ",
        "NumbersValueChecked | {\"count\":100,\"ratio\":2.5}                 | -              | {\"count\":100,\"ratio\":2.5}",
    })
    void validationAndDecodingAgree(String type, String body, String violation, String encoding) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        EntryAdapter<Object> adapter = adapter(type);
        List<Violation> violations = validator(type).validate(bytes);
        Throwable failure = catchThrowable(() -> adapter.decodeValidated(bytes, validator(type)));
        if (violation.equals("-")) {
            assertThat(violations).isEmpty();
            assertThat(failure).isNull();
            assertThat(adapter.toJson(adapter.decode(bytes))).isEqualTo(encoding);
        } else {
            assertThat(violations).extracting(v -> v.instanceLocation() + " " + v.keyword())
                    .containsExactlyInAnyOrder(violation.split(";"));
            assertThat(failure).isInstanceOf(ValidationException.class);
            assertThat(catchThrowable(() -> adapter.decode(bytes))).isInstanceOf(DecodeException.class);
        }
    }
}
