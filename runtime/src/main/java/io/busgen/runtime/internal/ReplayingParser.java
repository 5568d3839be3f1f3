package io.busgen.runtime.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that first gives back tokens already read from another parser, then reads on from that parser: how a
 * discriminated union ({@link UnionCodec}) hands an object to the reader of its alternative once it has read the
 * members before the discriminator. The tokens given back stand where they were read: their JSON pointers, through
 * {@link #streamReadContext}, are those of the body.
 *
 * <p>It replays only what the readers of generated types ask of a parser ({@link JsonReading}): tokens, names,
 * strings and numbers (as written), the read context. The tokens were read under the decode's limits already.
 */
final class ReplayingParser extends JsonParserDelegate {

    /** One token read: its kind, its text (a name, a string, a number as written), and a number's type. */
    record Token(JsonToken kind, @Nullable String text, JsonParser.@Nullable NumberType numberType) {}

    /**
     * The tokens read so far of one object, from its opening brace up to and including the value of its
     * discriminator, bounded by the union's limit.
     */
    static final class Recording {
        private final List<Token> tokens = new ArrayList<>();

        /** Notes the token {@code parser} stands on. */
        void note(JsonParser parser) {
            JsonToken token = parser.currentToken();
            switch (token) {
                case PROPERTY_NAME -> tokens.add(new Token(token, parser.currentName(), null));
                case VALUE_STRING -> tokens.add(new Token(token, parser.getString(), null));
                case VALUE_NUMBER_INT -> tokens.add(new Token(token, parser.getString(), parser.getNumberType()));
                case VALUE_NUMBER_FLOAT -> tokens.add(new Token(token, parser.getString(), null));
                default -> tokens.add(new Token(token, null, null));
            }
        }

        int size() {
            return tokens.size();
        }
    }

    /** Where a replayed token stands: an object or array the replay opened, its entries counted as the parser's are. */
    private static final class Context extends TokenStreamContext {
        private final TokenStreamContext parent;
        private @Nullable String name;

        Context(TokenStreamContext parent, int type) {
            super(type, -1);
            this.parent = parent;
            this._nestingDepth = parent.getNestingDepth() + 1;
        }

        @Override
        public TokenStreamContext getParent() {
            return parent;
        }

        @Override
        public @Nullable String currentName() {
            return name;
        }

        void nextEntry(@Nullable String entryName) {
            _index++;
            name = entryName;
        }
    }

    private final List<Token> tokens;
    /** The index of the token the parser stands on while it replays; {@code tokens.size()} once it reads on. */
    private int at;
    /** The context of the replayed token; the first one is the replayed object's own. */
    private @Nullable Context context;

    /**
     * A parser that gives back {@code recording} (which starts at an object's opening brace that {@code parser} read,
     * and ends at the token {@code parser} stands on) and then reads on from {@code parser}.
     */
    ReplayingParser(JsonParser parser, Recording recording) {
        super(parser);
        this.tokens = recording.tokens;
        this.at = 0;
        // The parser stands inside the object: its parent is where the object's value is.
        this.context = new Context(parser.streamReadContext().getParent(), TokenStreamContext.TYPE_OBJECT);
    }

    private boolean replaying() {
        return at < tokens.size();
    }

    private Token current() {
        return tokens.get(at);
    }

    @Override
    public @Nullable JsonToken nextToken() {
        if (!replaying()) {
            return delegate.nextToken();
        }
        at++;
        if (!replaying()) {
            context = null;
            return delegate.nextToken();
        }
        Token token = current();
        Context where = context;
        switch (token.kind()) {
            case PROPERTY_NAME -> where.nextEntry(token.text());
            case START_OBJECT, START_ARRAY -> {
                if (where.inArray()) {
                    where.nextEntry(null);
                }
                context = new Context(where, token.kind() == JsonToken.START_OBJECT ? TokenStreamContext.TYPE_OBJECT
                        : TokenStreamContext.TYPE_ARRAY);
            }
            case END_OBJECT, END_ARRAY -> context = (Context) where.getParent();
            default -> {
                if (where.inArray()) {
                    where.nextEntry(null);
                }
            }
        }
        return token.kind();
    }

    @Override
    public @Nullable String nextName() {
        if (!replaying()) {
            return delegate.nextName();
        }
        JsonToken token = nextToken();
        return token == JsonToken.PROPERTY_NAME ? currentName() : null;
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
        if (!replaying()) {
            return delegate.nextNameMatch(matcher);
        }
        JsonToken token = nextToken();
        if (token == JsonToken.PROPERTY_NAME) {
            return matcher.matchName(currentName());
        }
        return token == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT : PropertyNameMatcher.MATCH_ODD_TOKEN;
    }

    @Override
    public @Nullable JsonToken currentToken() {
        return replaying() ? current().kind() : delegate.currentToken();
    }

    @Override
    public int currentTokenId() {
        return replaying() ? current().kind().id() : delegate.currentTokenId();
    }

    @Override
    public boolean hasToken(@Nullable JsonToken token) {
        return currentToken() == token;
    }

    @Override
    public boolean isExpectedStartObjectToken() {
        return currentToken() == JsonToken.START_OBJECT;
    }

    @Override
    public boolean isExpectedStartArrayToken() {
        return currentToken() == JsonToken.START_ARRAY;
    }

    @Override
    public @Nullable String currentName() {
        if (!replaying()) {
            return delegate.currentName();
        }
        Token token = current();
        if (token.kind() == JsonToken.PROPERTY_NAME) {
            return token.text();
        }
        TokenStreamContext where = streamReadContext();
        if (token.kind() == JsonToken.START_OBJECT || token.kind() == JsonToken.START_ARRAY) {
            where = where.getParent();
        }
        return where == null ? null : where.currentName();
    }

    @Override
    public TokenStreamContext streamReadContext() {
        return replaying() && context != null ? context : delegate.streamReadContext();
    }

    @Override
    public String getString() {
        if (!replaying()) {
            return delegate.getString();
        }
        Token token = current();
        if (token.text() != null) {
            return token.text();
        }
        return token.kind().asString() == null ? "" : token.kind().asString();
    }

    @Override
    public JsonParser.NumberType getNumberType() {
        if (!replaying()) {
            return delegate.getNumberType();
        }
        Token token = current();
        return token.numberType() != null ? token.numberType() : JsonParser.NumberType.DOUBLE;
    }

    @Override
    public long getLongValue() {
        return replaying() ? new BigDecimal(getString()).longValue() : delegate.getLongValue();
    }

    @Override
    public int getIntValue() {
        return replaying() ? new BigDecimal(getString()).intValue() : delegate.getIntValue();
    }

    @Override
    public BigInteger getBigIntegerValue() {
        return replaying() ? new BigDecimal(getString()).toBigInteger() : delegate.getBigIntegerValue();
    }

    @Override
    public BigDecimal getDecimalValue() {
        return replaying() ? new BigDecimal(getString()) : delegate.getDecimalValue();
    }

    @Override
    public double getDoubleValue() {
        return replaying() ? Double.parseDouble(getString()) : delegate.getDoubleValue();
    }

    @Override
    public Number getNumberValue() {
        if (!replaying()) {
            return delegate.getNumberValue();
        }
        return switch (getNumberType()) {
            case INT, LONG -> getLongValue();
            case BIG_INTEGER -> getBigIntegerValue();
            default -> getDoubleValue();
        };
    }

    @Override
    public JsonParser skipChildren() {
        if (!replaying()) {
            delegate.skipChildren();
            return this;
        }
        JsonToken token = currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken next = nextToken();
            if (next == null) {
                return this;
            }
            if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
                depth++;
            } else if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
                depth--;
            }
        }
        return this;
    }
}
