package org.jnova.api.policy;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * oslo.policy's rule language ({@code _parser.py}): checks {@code kind:match}, {@code @}, {@code !}, joined
 * by {@code not} (binds tightest), {@code and}, {@code or} and parentheses; an empty rule always passes.
 * Tokens are split on whitespace and parentheses peeled off their ends, as oslo does, so
 * {@code project_id:%(project_id)s} keeps its own parentheses. A rule that cannot be parsed never passes
 * (and is logged), as in oslo.
 */
final class PolicyParser {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyParser.class);

    private final List<String[]> tokens;
    private int pos;

    private PolicyParser(List<String[]> tokens) {
        this.tokens = tokens;
    }

    static Check parse(String rule) {
        if (rule == null || rule.isBlank()) {
            return new Check.Always();
        }
        PolicyParser p = new PolicyParser(tokenize(rule));
        try {
            Check c = p.or();
            if (p.pos != p.tokens.size()) {
                throw new IllegalArgumentException("unexpected '" + p.tokens.get(p.pos)[1] + "'");
            }
            return c;
        } catch (IllegalArgumentException e) {
            LOG.error("Failed to understand rule {}: {}", rule, e.getMessage());
            return new Check.Never();
        }
    }

    /** A single base check ({@code _parse_check}). */
    static Check check(String text) {
        if (text.equals("!")) {
            return new Check.Never();
        }
        if (text.equals("@")) {
            return new Check.Always();
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            LOG.error("Failed to understand rule {}", text);
            return new Check.Never();
        }
        String kind = text.substring(0, colon);
        String match = text.substring(colon + 1);
        return switch (kind) {
            case "rule" -> new Check.RuleRef(match);
            case "role" -> new Check.Role(match);
            default -> new Check.Generic(kind, match);
        };
    }

    private static List<String[]> tokenize(String rule) {
        List<String[]> out = new ArrayList<>();
        for (String tok : rule.trim().split("\\s+")) {
            if (tok.isEmpty()) {
                continue;
            }
            int lead = 0;
            while (lead < tok.length() && tok.charAt(lead) == '(') {
                out.add(new String[] {"(", "("});
                lead++;
            }
            String clean = tok.substring(lead);
            if (clean.isEmpty()) {
                continue;
            }
            int end = clean.length();
            while (end > 0 && clean.charAt(end - 1) == ')') {
                end--;
            }
            String body = clean.substring(0, end);
            String lowered = body.toLowerCase(java.util.Locale.ROOT);
            if (lowered.equals("and") || lowered.equals("or") || lowered.equals("not")) {
                out.add(new String[] {lowered, body});
            } else if (!body.isEmpty()) {
                boolean quoted = clean.length() >= 2 && (clean.charAt(0) == '"' || clean.charAt(0) == '\'')
                        && clean.charAt(clean.length() - 1) == clean.charAt(0);
                out.add(quoted ? new String[] {"string", clean} : new String[] {"check", body});
            }
            for (int i = end; i < clean.length(); i++) {
                out.add(new String[] {")", ")"});
            }
        }
        return out;
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos)[0] : null;
    }

    private Check or() {
        List<Check> terms = new ArrayList<>(List.of(and()));
        while ("or".equals(peek())) {
            pos++;
            terms.add(and());
        }
        return terms.size() == 1 ? terms.get(0) : new Check.Or(List.copyOf(terms));
    }

    private Check and() {
        List<Check> terms = new ArrayList<>(List.of(unary()));
        while ("and".equals(peek())) {
            pos++;
            terms.add(unary());
        }
        return terms.size() == 1 ? terms.get(0) : new Check.And(List.copyOf(terms));
    }

    private Check unary() {
        String t = peek();
        if (t == null) {
            throw new IllegalArgumentException("the rule ends too early");
        }
        pos++;
        switch (t) {
            case "not":
                return new Check.Not(unary());
            case "(":
                Check inner = or();
                if (!")".equals(peek())) {
                    throw new IllegalArgumentException("missing ')'");
                }
                pos++;
                return inner;
            case "check":
                return check(tokens.get(pos - 1)[1]);
            default:
                throw new IllegalArgumentException("unexpected '" + tokens.get(pos - 1)[1] + "'");
        }
    }
}
