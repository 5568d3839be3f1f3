package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dynamic scope generated validators pass to the checks that can reach a {@code $dynamicRef}. */
class DynamicScopeTest {

    @Test
    void theOutermostResourceThatDeclaresAnAnchorBindsIt() {
        DynamicScope root = DynamicScope.EMPTY.enter("#", "node");
        DynamicScope inner = root.enter("#/$defs/tree", "node", "leaf");

        assertThat(inner.outermost("node", "static")).isEqualTo("#");
        assertThat(inner.outermost("leaf", "static")).isEqualTo("#/$defs/tree");
        assertThat(inner.outermost("other", "static")).isEqualTo("static");
    }

    @Test
    void leavingAResourceIsReturningToTheCallersScope() {
        DynamicScope caller = DynamicScope.EMPTY.enter("#", "a");
        DynamicScope callee = caller.enter("#/$defs/b", "b");

        assertThat(callee.outermost("b", "static")).isEqualTo("#/$defs/b");
        assertThat(caller.outermost("b", "static")).isEqualTo("static");
        assertThat(DynamicScope.EMPTY.outermost("a", "static")).isEqualTo("static");
    }

    @Test
    void enteringAResourceThatBindsNothingNewKeepsTheScope() {
        DynamicScope scope = DynamicScope.EMPTY.enter("#", "a", "b");

        assertThat(scope.enter("#/$defs/x", "a")).isSameAs(scope);
        assertThat(scope.enter("#", "a", "b")).isSameAs(scope);
        assertThat(scope.enter("#/$defs/x")).isSameAs(scope);
    }
}
