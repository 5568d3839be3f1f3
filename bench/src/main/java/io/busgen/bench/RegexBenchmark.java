package io.busgen.bench;

import io.busgen.runtime.ValidationOptions;
import io.busgen.runtime.internal.EcmaPattern;
import io.busgen.runtime.internal.EcmaRegex;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pattern checks on hostile strings: busgen's check ({@link EcmaPattern}, as generated validators call it, with the
 * default budget) on 64 KiB against java.util.regex on the same pattern's translation ({@link EcmaRegex#compile}),
 * the named competitor, on a shorter string where it would otherwise run for minutes. Divide each score by its input
 * size ({@link #BUSGEN_KIB} KiB for busgen, {@link #javaKib} for java.util.regex) for the time per input KiB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RegexBenchmark {

    /** The input of busgen's check, in KiB. */
    public static final int BUSGEN_KIB = 64;

    /** The shapes of the hostile-input issue: each pattern and the character its string repeats. */
    @Param({"nested", "nestedAnchored", "alternation", "classThenDigit", "trailingSpace", "lookaheadNested"})
    public String shape;

    private EcmaPattern busgen;
    private long budget;
    private String busgenInput;
    private Pattern java;
    private String javaInput;
    /** java.util.regex's input, in KiB. */
    public double javaKib;

    @Setup(Level.Trial)
    public void setUp() {
        String pattern;
        String unit;
        String tail;
        int javaLength;
        switch (shape) {
            case "nested" -> {
                pattern = "(x+x+)+y";
                unit = "x";
                tail = "";
                javaLength = 256; // cubic: 3 KiB runs for minutes
            }
            case "nestedAnchored" -> {
                pattern = "^(a+)+$";
                unit = "a";
                tail = "!";
                javaLength = 1024;
            }
            case "alternation" -> {
                pattern = "^(a|aa)+$";
                unit = "a";
                tail = "!";
                javaLength = 1024; // 4 KiB overflows the stack
            }
            case "classThenDigit" -> {
                pattern = "[a-z]+[0-9]";
                unit = "a";
                tail = "";
                javaLength = 1024;
            }
            case "trailingSpace" -> {
                pattern = "\\s+$";
                unit = " ";
                tail = "x";
                javaLength = 1024;
            }
            case "lookaheadNested" -> {
                pattern = "^(?=a)(a+)+$"; // a lookahead: busgen backtracks too, until its budget is spent
                unit = "a";
                tail = "!";
                javaLength = 1024;
            }
            default -> throw new IllegalArgumentException(shape);
        }
        busgen = EcmaPattern.compile(pattern);
        busgenInput = unit.repeat(BUSGEN_KIB * 1024 - tail.length()) + tail;
        budget = ValidationOptions.DEFAULTS.regexStepBudget(busgenInput.length());
        java = EcmaRegex.compile(pattern);
        javaInput = unit.repeat(javaLength - tail.length()) + tail;
        javaKib = javaLength / 1024.0;
        EcmaPattern.Outcome expected = shape.equals("lookaheadNested") ? EcmaPattern.Outcome.BUDGET_SPENT
                : EcmaPattern.Outcome.NO_MATCH;
        if (busgen.test(busgenInput, budget) != expected || java.matcher(javaInput).find()) {
            throw new IllegalStateException(shape + ": not the expected verdicts");
        }
    }

    /** busgen's check of 64 KiB, as a generated validator runs it. */
    @Benchmark
    public EcmaPattern.Outcome busgen() {
        return busgen.test(busgenInput, budget);
    }

    /** java.util.regex on the translation, on {@link #javaKib} KiB. */
    @Benchmark
    public boolean javaUtilRegex() {
        return java.matcher(javaInput).find();
    }
}
