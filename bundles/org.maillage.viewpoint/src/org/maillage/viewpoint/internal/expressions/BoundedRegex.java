/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.maillage.viewpoint.internal.Messages;
import org.maillage.viewpoint.internal.expressions.Limits.LimitException;

/**
 * Regular expressions of viewpoint expressions ({@code =~}, {@code !~}), bounded. {@code java.util.regex}
 * backtracks without ever looking at the thread's interrupt flag or JEXL's cancellation, so a pattern such as
 * {@code (a|a)*\1b} or {@code .*a.*a.*a.*a.*a.*a.*a.*a.*a.*a.*a.*b} would run for hours past the deadline. Two
 * locks:
 * <ul>
 * <li>before compiling, patterns longer than {@link Limits#MAX_PATTERN}, with a back-reference ({@code \1},
 * {@code \k<name>}: backtracking with them cannot be memoised) or with a repeated group that itself repeats
 * ({@code (a+)+}, {@code (\w+\s?)*}, {@code (.*a){12}}) are refused with a diagnostic;</li>
 * <li>every match reads its text through a {@link CharSequence} that checks the evaluation's deadline and
 * cancellation every few hundred characters read, so the patterns the first lock lets through (overlapping
 * alternatives, many {@code .*} in a row) still stop at the time limit.</li>
 * </ul>
 */
final class BoundedRegex {

    /** Characters read between two deadline checks: cheap, and well under a millisecond of matching. */
    private static final int CHECK_MASK = 0x3FF;

    /** Compiled patterns by text; cleared when full (descriptions use a handful of patterns). */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    private static final int MAX_COMPILED = 256;

    private BoundedRegex() {
    }

    /**
     * @param pattern a {@link Pattern} (JEXL's {@code ~/.../} literal) or the text of one
     * @param value the text to match, as a whole
     * @return whether {@code value} matches {@code pattern}
     * @throws LimitException when the pattern is refused or the text is too long
     * @throws EvaluationContext.CancelledException when the evaluation's time is over
     */
    static boolean matches(Object pattern, Object value) {
        Pattern compiled = pattern instanceof Pattern p ? checked(p) : compile(pattern.toString());
        String text = value.toString();
        if (text.length() > Limits.MAX_MATCHED) {
            throw new LimitException(Messages.get("expression.regexTextTooLong", String.valueOf(Limits.MAX_MATCHED)));
        }
        EvaluationContext context = EvaluationContext.CURRENT.get();
        return compiled.matcher(context == null ? text : new GuardedText(text, context)).matches();
    }

    /** A literal {@code ~/.../} is compiled by JEXL's parser: check it as the text of a pattern would be. */
    private static Pattern checked(Pattern literal) {
        refuse(literal.pattern());
        return literal;
    }

    private static Pattern compile(String regex) {
        Pattern cached = COMPILED.get(regex);
        if (cached != null) {
            return cached;
        }
        refuse(regex);
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new LimitException(Messages.get("expression.regexInvalid", regex, e.getDescription()));
        }
        if (COMPILED.size() >= MAX_COMPILED) {
            COMPILED.clear();
        }
        COMPILED.put(regex, compiled);
        return compiled;
    }

    private static void refuse(String regex) {
        if (regex.length() > Limits.MAX_PATTERN) {
            throw new LimitException(Messages.get("expression.regexTooLong", String.valueOf(Limits.MAX_PATTERN)));
        }
        String reason = refusal(regex);
        if (reason != null) {
            throw new LimitException(Messages.get(reason, regex));
        }
    }

    /**
     * Looks for the constructs that make backtracking exponential in java.util.regex. A conservative scan of the
     * pattern's text (escapes, {@code \Q...\E} quotes and character classes skipped), not a full parser: it may
     * refuse a harmless pattern, never the other way round for the two shapes it looks for.
     *
     * @return the message key of the reason, or {@code null} when the pattern may be compiled
     */
    static String refusal(String regex) {
        // For each open group: whether something inside it repeats.
        Deque<boolean[]> outer = new ArrayDeque<>();
        boolean[] current = { false };
        int n = regex.length();
        int i = 0;
        while (i < n) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> {
                    char next = i + 1 < n ? regex.charAt(i + 1) : ' ';
                    if (next >= '1' && next <= '9' || next == 'k') {
                        return "expression.regexBackreference";
                    }
                    if (next == 'Q') {
                        int end = regex.indexOf("\\E", i + 2);
                        i = end < 0 ? n : end + 2;
                    } else {
                        i += 2;
                    }
                }
                case '[' -> i = skipClass(regex, i);
                case '(' -> {
                    outer.push(current);
                    current = new boolean[] { false };
                    i++;
                    if (i < n && regex.charAt(i) == '?') {
                        // (?:  (?<name>  (?=  (?<=  (?i): group syntax, not a quantifier.
                        i++;
                        while (i < n && (Character.isLetterOrDigit(regex.charAt(i))
                                || "<>=!:-".indexOf(regex.charAt(i)) >= 0)) {
                            i++;
                        }
                    }
                }
                case ')' -> {
                    boolean inner = current[0];
                    current = outer.isEmpty() ? new boolean[] { false } : outer.pop();
                    i++;
                    boolean repeated = repeats(regex, i);
                    if (repeated && inner) {
                        return "expression.regexNested";
                    }
                    current[0] |= inner || repeated;
                }
                case '*', '+' -> {
                    current[0] = true;
                    i++;
                }
                case '{' -> {
                    current[0] |= repeats(regex, i);
                    i++;
                }
                default -> i++;
            }
        }
        return null;
    }

    /** @return whether a repeating quantifier ({@code *}, {@code +}, {@code {n}}, {@code {n,m}}) starts at i */
    private static boolean repeats(String regex, int i) {
        if (i >= regex.length()) {
            return false;
        }
        char c = regex.charAt(i);
        if (c == '*' || c == '+') {
            return true;
        }
        if (c != '{') {
            return false;
        }
        int j = i + 1;
        while (j < regex.length() && (Character.isDigit(regex.charAt(j)) || regex.charAt(j) == ',')) {
            j++;
        }
        return j > i + 1 && j < regex.length() && regex.charAt(j) == '}';
    }

    /** @return the index after the character class that starts at {@code i} (nested classes included) */
    private static int skipClass(String regex, int i) {
        int n = regex.length();
        int j = i + 1;
        if (j < n && regex.charAt(j) == '^') {
            j++;
        }
        if (j < n && regex.charAt(j) == ']') {
            j++;
        }
        int depth = 1;
        while (j < n) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            j++;
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return j;
            }
        }
        return n;
    }

    /**
     * The text of one match, read by the regex engine one character at a time: the only place where a long
     * backtracking run can be stopped. Checks the deadline every {@link #CHECK_MASK}+1 characters read.
     */
    private static final class GuardedText implements CharSequence {

        private final String text;
        private final EvaluationContext context;
        private int reads;

        GuardedText(String text, EvaluationContext context) {
            this.text = text;
            this.context = context;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & CHECK_MASK) == 0) {
                context.checkTime();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            // Matching a sub-sequence (lookarounds, regions) must stay bounded too.
            return new GuardedText(text.substring(start, end), context);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
