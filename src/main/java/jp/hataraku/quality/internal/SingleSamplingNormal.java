package jp.hataraku.quality.internal;

import java.util.EnumMap;
import java.util.Map;

import jp.hataraku.quality.Aql;
import jp.hataraku.quality.CodeLetter;

/**
 * ISO 2859-1 table 2-A, single sampling plans for normal inspection (master table), the AQL
 * columns 0.065 to 10 % nonconforming, written cell by cell as the standard prints them: "Ac/Re",
 * "↓" (use the first sampling plan below the arrow) or "↑" (use the first plan above). The arrows
 * are resolved by walking the column, so the sample size is that of the row where the walk ends.
 *
 * <p>Where the values come from: the table is the one ISO 2859-1:1999 (identical: IS 2500-1:2000,
 * ANSI/ASQ Z1.4-2003, MIL-STD-105E table II-A) prints. Transcribed from the standard's regular
 * layout — in each row, the 0/1 plan, then ↑, then ↓, then Ac = 1, 2, 3, 5, 7, 10, 14, 21 in the
 * next columns, each row one column left of the row above — and cross-checked cell by cell, after
 * resolving the arrows, against two published copies: the R package AQLSchemes by J. Lawson
 * (fork fjgonzalezmgt/AQLSchemesCust, R/AAZ14Single.R, normal inspection n/Ac/Re matrices: all
 * 16 × 16 cells for AQL 0.010–10 equal), and the MIL-STD-105E level-II extract at
 * nibs.org/FMOC/DPW_AC/AC-TABLE.ASC (Re numbers and arrows for AQL 0.65–10, rows A–Q: equal but
 * for one cell). That cell is row A at 10 %: the regular layout would put ↑ there, and the nibs
 * extract prints ↑, but there is no plan above row A; it is ↓ here (to C: n = 5, Ac 1, Re 2) as
 * AQLSchemes resolves it and as the standard's rule "use the first plan" can only mean. Row R
 * needs no such care in these columns (no ↓ falls in them).
 * {@code AcceptanceSamplingTest} pins every resolved cell.
 */
public final class SingleSamplingNormal {

    /** Ac, Re and the row whose sample size applies, after the arrows. */
    public record Cell(CodeLetter codeLetter, int acceptNumber, int rejectNumber) {
    }

    //                                    0.065  0.10  0.15  0.25  0.40  0.65   1.0   1.5   2.5   4.0   6.5    10
    private static final Map<CodeLetter, String> TABLE = new EnumMap<>(Map.ofEntries(
            Map.entry(CodeLetter.A, "    ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓   0/1     ↓"),
            Map.entry(CodeLetter.B, "    ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓   0/1     ↑     ↓"),
            Map.entry(CodeLetter.C, "    ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓   0/1     ↑     ↓   1/2"),
            Map.entry(CodeLetter.D, "    ↓     ↓     ↓     ↓     ↓     ↓     ↓   0/1     ↑     ↓   1/2   2/3"),
            Map.entry(CodeLetter.E, "    ↓     ↓     ↓     ↓     ↓     ↓   0/1     ↑     ↓   1/2   2/3   3/4"),
            Map.entry(CodeLetter.F, "    ↓     ↓     ↓     ↓     ↓   0/1     ↑     ↓   1/2   2/3   3/4   5/6"),
            Map.entry(CodeLetter.G, "    ↓     ↓     ↓     ↓   0/1     ↑     ↓   1/2   2/3   3/4   5/6   7/8"),
            Map.entry(CodeLetter.H, "    ↓     ↓     ↓   0/1     ↑     ↓   1/2   2/3   3/4   5/6   7/8 10/11"),
            Map.entry(CodeLetter.J, "    ↓     ↓   0/1     ↑     ↓   1/2   2/3   3/4   5/6   7/8 10/11 14/15"),
            Map.entry(CodeLetter.K, "    ↓   0/1     ↑     ↓   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22"),
            Map.entry(CodeLetter.L, "  0/1     ↑     ↓   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ↑"),
            Map.entry(CodeLetter.M, "    ↑     ↓   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ↑     ↑"),
            Map.entry(CodeLetter.N, "    ↓   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ↑     ↑     ↑"),
            Map.entry(CodeLetter.P, "  1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ↑     ↑     ↑     ↑"),
            Map.entry(CodeLetter.Q, "  2/3   3/4   5/6   7/8 10/11 14/15 21/22     ↑     ↑     ↑     ↑     ↑"),
            Map.entry(CodeLetter.R, "  3/4   5/6   7/8 10/11 14/15 21/22     ↑     ↑     ↑     ↑     ↑     ↑")));

    private SingleSamplingNormal() {
    }

    /** The plan for a code letter and AQL, following arrows to the row whose plan applies. */
    public static Cell cell(CodeLetter letter, Aql aql) {
        CodeLetter row = letter;
        while (true) {
            String cell = printed(row, aql);
            switch (cell) {
                case "↓" -> row = CodeLetter.values()[row.ordinal() + 1];
                case "↑" -> row = CodeLetter.values()[row.ordinal() - 1];
                default -> {
                    String[] acRe = cell.split("/");
                    return new Cell(row, Integer.parseInt(acRe[0]), Integer.parseInt(acRe[1]));
                }
            }
        }
    }

    /** The cell as the standard prints it: "Ac/Re", "↓" or "↑". */
    public static String printed(CodeLetter letter, Aql aql) {
        return TABLE.get(letter).trim().split("\\s+")[aql.ordinal()];
    }
}
