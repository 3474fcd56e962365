/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */

/*
 * ModelIcons: draws the 16x16 PNG icons of the model's classes (bundles/org.maillage.model.edit/icons/full/obj16/),
 * used by the explorer, the editor tree and the diagrams. Plain JDK (Java2D), no dependencies. Rerun after changing
 * a drawing, from the repository root:
 *
 *   java releng/scripts/icons/ModelIcons.java bundles/org.maillage.model.edit/icons/full/obj16
 *
 * Each icon is drawn on a 16-unit grid at 8x with antialiasing, then each 8x8 block is averaged into one pixel
 * (strokes of 1 unit centred on .5 land on whole pixels, so edges stay crisp). Families share a pictogram and the
 * colours follow the "Articulation des dispositifs" diagram: blue CLS, amber contrats de ville and QPV, purple PASS,
 * teal coordination (DAC, CPTS), green PRAPS; slate territories and organisations, gold money, navy plans.
 *
 * Each icon is written twice: Xxx.png (with alpha: the diagrams and the explorer use it) and Xxx.gif, the same pixels
 * with 1-bit transparency (edges blended on white). The GIF is what EMF's generated item providers get: they ask for
 * "full/obj16/Xxx" and EMF's resource locator only ever appends ".gif" to a key without extension. Its presence also
 * keeps the EMF generator from writing its placeholder (it creates Xxx.gif whenever that file is missing).
 */

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

public class ModelIcons {

    static final int SIZE = 16, SCALE = 8;

    // Colour code: line (dark) and fill (light) of each family.
    static final Color BLUE = rgb(0x1F5C99), BLUE_F = rgb(0x5B9BD8), BLUE_L = rgb(0xE3EEFA);
    static final Color AMBER = rgb(0xA66A00), AMBER_F = rgb(0xF2B233), AMBER_L = rgb(0xFDF0D5);
    static final Color PURPLE = rgb(0x7B3A87), PURPLE_F = rgb(0xB26BC0);
    static final Color TEAL = rgb(0x1F7A72), TEAL_F = rgb(0x3BB0A5), TEAL_L = rgb(0x9ED9D3);
    static final Color GREEN = rgb(0x3D7A35), GREEN_F = rgb(0x6CB35F), GREEN_L = rgb(0xE4F2E1);
    static final Color SLATE = rgb(0x3F4E5C), SLATE_F = rgb(0x8CA0B3), SLATE_L = rgb(0xD5DEE6);
    static final Color NAVY = rgb(0x2C3E6B), NAVY_F = rgb(0x5A6FA3);
    static final Color GOLD = rgb(0x9A6B00), GOLD_F = rgb(0xF5C542);
    static final Color RED = rgb(0xA8281E), RED_F = rgb(0xE0483C);
    static final Color ORANGE = rgb(0xB34700), ORANGE_F = rgb(0xF07A1A);
    static final Color BROWN = rgb(0x6E4B2A), BROWN_F = rgb(0xB8875A);
    static final Color GREY = rgb(0x5F5F5F), WHITE = Color.WHITE;

    /** One drawing per class name, in the 16-unit grid. */
    static final Map<String, Consumer<Graphics2D>> ICONS = new LinkedHashMap<>();
    static {
        // Dispositifs (schemes): contracts are documents, structures carry their sign.
        ICONS.put("Cls", g -> { document(g, BLUE, BLUE_L); cross(g, 8, 9, 1, 3, BLUE); });
        ICONS.put("ContratDeVille", g -> { document(g, AMBER, AMBER_L);
            fill(g, poly(5, 13, 5, 9, 7, 9, 7, 6, 9, 6, 9, 8, 12, 8, 12, 13), AMBER); });
        ICONS.put("Pass", g -> { outlined(g, heart(), PURPLE_F, PURPLE); cross(g, 8, 7.5, 1, 2.5, WHITE); });
        ICONS.put("Dac", g -> { hub(g, TEAL, TEAL_F); });
        ICONS.put("Cpts", g -> { person(g, 4.5, 3, TEAL_L, TEAL); person(g, 11.5, 3, TEAL_L, TEAL);
            person(g, 8, 6, TEAL_F, TEAL); });
        ICONS.put("CoordinationMicrolocale", g -> { person(g, 6, 3, TEAL_F, TEAL); smallPin(g, 12, 8, SLATE_F, SLATE); });
        ICONS.put("Msp", g -> { outlined(g, poly(1.5, 7.5, 8, 1.5, 14.5, 7.5), RED_F, RED);
            outlined(g, rect(3.5, 7.5, 9, 7), WHITE, RED); cross(g, 8, 11, 1, 2.5, RED); });
        ICONS.put("Mutualisation", g -> { circularArrow(g, 20, 160, BROWN); circularArrow(g, 200, 340, BROWN_F); });
        // PRAPS: the diagram's hexagon.
        ICONS.put("Praps", g -> { outlined(g, hexagon(), GREEN_F, GREEN); cross(g, 8, 8, 1.5, 3.5, WHITE); });
        ICONS.put("MesurePraps", g -> { outlined(g, hexagon(), GREEN_L, GREEN); check(g, GREEN, 4.5, 8, 7, 10.5, 11.5, 5.5); });
        ICONS.put("ThemePraps", g -> { outlined(g, bubble(), GREEN_F, GREEN);
            line(g, WHITE, 4.5, 5.5, 11.5, 5.5); line(g, WHITE, 4.5, 8.5, 9.5, 8.5); });
        // Plans: book, flag, cone, target, checklist.
        ICONS.put("Prs", g -> { outlined(g, rect(3.5, 1.5, 10, 13), NAVY_F, NAVY); fill(g, rect(3, 1, 2.5, 14), NAVY);
            cross(g, 9.5, 7, 1, 2.5, WHITE); });
        ICONS.put("Objectif", g -> { outlined(g, circle(8, 8, 6.5), WHITE, RED); fill(g, ring(8, 8, 4.5, 2.5), RED_F);
            fill(g, circle(8, 8, 1.5), RED); });
        ICONS.put("FeuilleDeRoute", g -> { fill(g, rect(3, 1, 1.5, 14), GREY);
            outlined(g, poly(4.5, 2.5, 13.5, 2.5, 11, 5.5, 13.5, 8.5, 4.5, 8.5), RED_F, RED); });
        ICONS.put("Chantier", g -> { cone(g); });
        ICONS.put("EtatChantier", g -> { outlined(g, round(1.5, 5.5, 13, 5, 2), WHITE, ORANGE);
            fill(g, round(2.5, 6.5, 7, 3, 1), ORANGE_F); });
        ICONS.put("FicheAction", g -> { document(g, SLATE, WHITE); for (int i = 0; i < 3; i++) {
            outlined(g, rect(5.5, 4.5 + 3 * i, 2, 2), WHITE, SLATE); line(g, GREY, 9, 5.5 + 3 * i, 11.5, 5.5 + 3 * i); } });
        ICONS.put("Axe", g -> { outlined(g, poly(1.5, 6.5, 8.5, 6.5, 8.5, 3.5, 14, 8, 8.5, 12.5, 8.5, 9.5, 1.5, 9.5), NAVY_F, NAVY); });
        ICONS.put("BonnePratique", g -> { outlined(g, bulb(), GOLD_F, GOLD); fill(g, rect(6, 12, 4, 3), GREY); });
        ICONS.put("Decision", g -> { outlined(g, circle(8, 8, 6.5), NAVY_F, NAVY); check(g, WHITE, 4.5, 8, 7, 10.5, 11.5, 5.5); });
        // Meetings and their traces.
        ICONS.put("Seance", g -> { calendar(g); });
        ICONS.put("Instance", g -> { institution(g); });
        ICONS.put("Snapshot", g -> { camera(g); });
        // Territories: map, outline, pin.
        ICONS.put("Region", g -> { foldedMap(g); });
        ICONS.put("Departement", g -> { outlined(g, land(), SLATE_F, SLATE); });
        ICONS.put("Epci", g -> { outlined(g, land(), SLATE_F, SLATE); line(g, SLATE, 7.5, 2.5, 7.5, 13.5); line(g, SLATE, 7.5, 8.5, 13.5, 8.5); });
        ICONS.put("Commune", g -> { pin(g, SLATE_F, SLATE); fill(g, circle(8, 6, 2), WHITE); });
        ICONS.put("Qpv", g -> { pin(g, AMBER_F, AMBER); fill(g, rect(5, 5, 2, 4), WHITE); fill(g, rect(8, 3, 3, 6), WHITE); });
        ICONS.put("Groupement", g -> { outlined(g, circle(8, 8, 6.5), SLATE_L, SLATE); fill(g, circle(5.5, 10, 2), SLATE_F);
            fill(g, circle(10.5, 10, 2), SLATE_F); fill(g, circle(8, 5.5, 2), SLATE); });
        // Organisations and people.
        ICONS.put("Organisation", g -> { office(g); });
        ICONS.put("Role", g -> { person(g, 7, 3, SLATE_F, SLATE); outlined(g, rect(10.5, 9.5, 4, 4), GOLD_F, GOLD); });
        // Money: coins.
        ICONS.put("Fonds", g -> { for (int i = 3; i >= 0; i--) outlined(g, new Ellipse2D.Double(2.5, 3.5 + 3 * i, 11, 4), GOLD_F, GOLD); });
        ICONS.put("Financement", g -> { coin(g); euro(g); });
        ICONS.put("RegleCofinancement", g -> { coin(g); line(g, GOLD, 10.5, 4.5, 5.5, 11.5);
            fill(g, circle(5.5, 5.5, 1.5), GOLD); fill(g, circle(10.5, 10.5, 1.5), GOLD); });
        // Indicators: charts.
        ICONS.put("Indicateur", g -> { axes(g); fill(g, rect(4, 9, 2, 4), NAVY_F); fill(g, rect(7, 6, 2, 7), NAVY_F);
            fill(g, rect(10, 3, 2, 10), NAVY); });
        ICONS.put("ValeurAnnuelle", g -> { axes(g); g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            polyline(g, NAVY_F, 3.5, 11.5, 6.5, 7.5, 10, 9.5, 14, 4); g.setStroke(new BasicStroke(1f));
            outlined(g, circle(10, 9.5, 2), WHITE, NAVY); });
        ICONS.put("EtatIndicateur", g -> { gauge(g); });
        // Model plumbing.
        ICONS.put("ModeleMaillage", g -> { mesh(g); });
        ICONS.put("ReferenceData", g -> { database(g); });
        ICONS.put("Articulation", g -> { line(g, GREY, 5, 11, 11, 5); outlined(g, round(1.5, 8.5, 6, 6, 2), BLUE_F, BLUE);
            outlined(g, round(8.5, 1.5, 6, 6, 2), AMBER_F, AMBER); });
        ICONS.put("TypeArticulation", g -> { outlined(g, poly(1.5, 8, 6, 3.5, 14.5, 3.5, 14.5, 12.5, 6, 12.5), SLATE_L, SLATE);
            fill(g, circle(5.5, 8, 1.2), SLATE); });
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java ModelIcons.java OUTPUT_DIR");
            System.exit(2);
        }
        File dir = new File(args[0]);
        dir.mkdirs();
        for (Map.Entry<String, Consumer<Graphics2D>> icon : ICONS.entrySet()) {
            BufferedImage image = render(icon.getValue());
            ImageIO.write(image, "png", new File(dir, icon.getKey() + ".png"));
            ImageIO.write(toGif(image), "gif", new File(dir, icon.getKey() + ".gif"));
        }
        System.out.println(ICONS.size() + " icons written to " + dir);
    }

    /** Draws at SCALE times the size, then averages each SCALE x SCALE block (premultiplied alpha). */
    static BufferedImage render(Consumer<Graphics2D> drawing) {
        BufferedImage big = new BufferedImage(SIZE * SCALE, SIZE * SCALE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(SCALE, SCALE);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        drawing.accept(g);
        g.dispose();
        BufferedImage small = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                long a = 0, r = 0, gr = 0, b = 0;
                for (int j = 0; j < SCALE; j++) {
                    for (int i = 0; i < SCALE; i++) {
                        int p = big.getRGB(x * SCALE + i, y * SCALE + j), pa = p >>> 24;
                        a += pa;
                        r += pa * ((p >> 16) & 0xFF);
                        gr += pa * ((p >> 8) & 0xFF);
                        b += pa * (p & 0xFF);
                    }
                }
                int n = SCALE * SCALE, alpha = (int) ((a + n / 2) / n);
                small.setRGB(x, y, a == 0 ? 0
                        : alpha << 24 | (int) (r / a) << 16 | (int) (gr / a) << 8 | (int) (b / a));
            }
        }
        return small;
    }

    /** Pixels at least 35 % opaque become opaque (blended on white), the others transparent (palette entry 0). */
    static BufferedImage toGif(BufferedImage image) {
        Map<Integer, Integer> palette = new LinkedHashMap<>(Map.of(-1, 0)); // index 0: transparent
        int[] pixels = new int[SIZE * SIZE];
        for (int i = 0; i < pixels.length; i++) {
            int p = image.getRGB(i % SIZE, i / SIZE), a = p >>> 24;
            if (a < 90) {
                continue;
            }
            int rgb = 0;
            for (int shift = 0; shift <= 16; shift += 8) {
                rgb |= (((p >> shift) & 0xFF) * a + 255 * (255 - a)) / 255 << shift;
            }
            pixels[i] = palette.computeIfAbsent(rgb, k -> palette.size());
        }
        byte[][] rgb = new byte[3][palette.size()];
        palette.forEach((colour, index) -> {
            rgb[0][index] = (byte) (colour >> 16);
            rgb[1][index] = (byte) (colour >> 8);
            rgb[2][index] = (byte) (int) colour;
        });
        if (palette.size() > 256) {
            throw new IllegalStateException("more than 255 colours, too many for a GIF");
        }
        IndexColorModel model = new IndexColorModel(8, palette.size(), rgb[0], rgb[1], rgb[2], 0);
        BufferedImage gif = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_INDEXED, model);
        gif.getRaster().setPixels(0, 0, SIZE, SIZE, pixels);
        return gif;
    }

    // ---- primitives

    static Color rgb(int rgb) {
        return new Color(rgb);
    }

    static void fill(Graphics2D g, Shape s, Color c) {
        g.setColor(c);
        g.fill(s);
    }

    /** Fills, then strokes the outline with 1 unit: put edges on .5 so the outline covers whole pixels. */
    static void outlined(Graphics2D g, Shape s, Color fill, Color line) {
        fill(g, s, fill);
        g.setColor(line);
        g.draw(s);
    }

    static void line(Graphics2D g, Color c, double x1, double y1, double x2, double y2) {
        g.setColor(c);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    static void polyline(Graphics2D g, Color c, double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        g.setColor(c);
        g.draw(p);
    }

    static void check(Graphics2D g, Color c, double... xy) {
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        polyline(g, c, xy);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    static Path2D poly(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    static Shape rect(double x, double y, double w, double h) {
        return new Rectangle2D.Double(x, y, w, h);
    }

    static Shape round(double x, double y, double w, double h, double arc) {
        return new RoundRectangle2D.Double(x, y, w, h, arc * 2, arc * 2);
    }

    static Shape circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static Shape ring(double cx, double cy, double outer, double inner) {
        Area a = new Area(circle(cx, cy, outer));
        a.subtract(new Area(circle(cx, cy, inner)));
        return a;
    }

    /** A plus sign centred on (cx, cy): arms of half-width w and half-length l. */
    static void cross(Graphics2D g, double cx, double cy, double w, double l, Color c) {
        fill(g, rect(cx - w, cy - l, 2 * w, 2 * l), c);
        fill(g, rect(cx - l, cy - w, 2 * l, 2 * w), c);
    }

    // ---- shared pictograms

    /** A sheet with a folded corner. */
    static void document(Graphics2D g, Color line, Color fill) {
        outlined(g, poly(2.5, 1.5, 10.5, 1.5, 13.5, 4.5, 13.5, 14.5, 2.5, 14.5), fill, line);
        g.setColor(line);
        g.draw(poly(10.5, 1.5, 10.5, 4.5, 13.5, 4.5));
    }

    /** Head and shoulders, head centre at (cx, top + 2). */
    static void person(Graphics2D g, double cx, double top, Color fill, Color line) {
        outlined(g, new Arc2D.Double(cx - 4, top + 5, 8, 8, 0, 180, Arc2D.CHORD), fill, line);
        outlined(g, circle(cx, top + 2.5, 2.5), fill, line);
    }

    /** A small map pin whose point is at (x, y + 6). */
    static void smallPin(Graphics2D g, double x, double y, Color fill, Color line) {
        Area a = new Area(circle(x, y + 2.5, 2.5));
        a.add(new Area(poly(x - 2.2, y + 3.6, x + 2.2, y + 3.6, x, y + 7)));
        outlined(g, a, fill, line);
        fill(g, circle(x, y + 2.5, 0.9), WHITE);
    }

    /** A thick arc of the circle of radius 5 around the centre, counter-clockwise from one angle to the other,
     *  ending in an arrowhead. */
    static void circularArrow(Graphics2D g, double from, double to, Color c) {
        g.setColor(c);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(3, 3, 10, 10, from, to - from - 15, Arc2D.OPEN));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double a = Math.toRadians(to - 15), x = 8 + 5 * Math.cos(a), y = 8 - 5 * Math.sin(a);
        double tx = -Math.sin(a), ty = -Math.cos(a); // direction of travel
        fill(g, poly(x + 3.5 * tx, y + 3.5 * ty, x - 2.5 * ty, y + 2.5 * tx, x + 2.5 * ty, y - 2.5 * tx), c);
    }

    static Shape heart() {
        Path2D p = new Path2D.Double();
        p.moveTo(8, 14.5);
        p.curveTo(3, 11, 0.5, 8, 1.5, 4.5);
        p.curveTo(2.5, 1, 7, 1, 8, 4);
        p.curveTo(9, 1, 13.5, 1, 14.5, 4.5);
        p.curveTo(15.5, 8, 13, 11, 8, 14.5);
        p.closePath();
        return p;
    }

    static Shape hexagon() {
        return poly(0.5, 8, 4.5, 1.5, 11.5, 1.5, 15.5, 8, 11.5, 14.5, 4.5, 14.5);
    }

    static Shape bubble() {
        Area a = new Area(round(1.5, 1.5, 13, 10, 3));
        a.add(new Area(poly(4, 10, 4, 15, 9, 10)));
        return a;
    }

    static void hub(Graphics2D g, Color line, Color fill) {
        double[][] ends = { { 3, 3 }, { 13, 3 }, { 3, 13 }, { 13, 13 } };
        for (double[] e : ends) {
            line(g, line, 8, 8, e[0], e[1]);
        }
        for (double[] e : ends) {
            outlined(g, circle(e[0], e[1], 2), WHITE, line);
        }
        outlined(g, circle(8, 8, 3.5), fill, line);
    }

    static void cone(Graphics2D g) {
        outlined(g, poly(6.5, 1.5, 9.5, 1.5, 12.5, 13.5, 3.5, 13.5), ORANGE_F, ORANGE);
        fill(g, poly(6, 5, 10, 5, 10.6, 7.5, 5.4, 7.5), WHITE);
        fill(g, poly(5, 9.5, 11, 9.5, 11.6, 12, 4.4, 12), WHITE);
        fill(g, rect(1, 13, 14, 2), ORANGE);
    }

    static Shape bulb() {
        Area a = new Area(circle(8, 6.5, 5));
        a.add(new Area(poly(5, 9.5, 11, 9.5, 10, 12.5, 6, 12.5)));
        return a;
    }

    static void calendar(Graphics2D g) {
        outlined(g, rect(1.5, 2.5, 13, 12), WHITE, SLATE);
        fill(g, rect(1.5, 2.5, 13, 3.5), RED_F);
        g.setColor(SLATE);
        g.draw(rect(1.5, 2.5, 13, 12));
        fill(g, rect(4, 1, 1.5, 3), SLATE);
        fill(g, rect(10.5, 1, 1.5, 3), SLATE);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                fill(g, rect(4 + 3 * i, 8 + 3 * j, 2, 2), i == 1 && j == 0 ? RED : SLATE_F);
            }
        }
    }

    static void institution(Graphics2D g) {
        outlined(g, poly(1.5, 5.5, 8, 1.5, 14.5, 5.5), SLATE_F, SLATE);
        for (int i = 0; i < 4; i++) {
            fill(g, rect(3 + 3 * i, 7, 1.5, 5), SLATE);
        }
        fill(g, rect(1, 13, 14, 2), SLATE);
    }

    static void camera(Graphics2D g) {
        outlined(g, round(1.5, 4.5, 13, 9, 1.5), SLATE_F, SLATE);
        fill(g, rect(5.5, 2.5, 5, 2.5), SLATE);
        outlined(g, circle(8, 9, 3), WHITE, SLATE);
        fill(g, circle(8, 9, 1.3), NAVY_F);
    }

    static void foldedMap(Graphics2D g) {
        Color[] panels = { SLATE_F, SLATE_L, SLATE_F };
        for (int i = 0; i < 3; i++) {
            double x = 1.5 + 4.33 * i, x2 = x + 4.33, up = i % 2 == 0 ? 0 : 1.5;
            fill(g, poly(x, 3 + up, x2, 4.5 - up, x2, 14.5 - up, x, 13 + up), panels[i]);
        }
        g.setColor(SLATE);
        g.draw(poly(1.5, 3, 5.83, 4.5, 10.17, 3, 14.5, 4.5, 14.5, 14.5, 10.17, 13, 5.83, 14.5, 1.5, 13));
        line(g, SLATE, 5.83, 4.5, 5.83, 14.5);
        line(g, SLATE, 10.17, 3, 10.17, 13);
    }

    /** An irregular département-like outline. */
    static Shape land() {
        return poly(5.5, 1.5, 10, 2.5, 13.5, 1.5, 14.5, 7, 13, 10, 14, 14.5, 8, 13.5, 2.5, 14.5, 1.5, 9, 3, 5);
    }

    static void pin(Graphics2D g, Color fill, Color line) {
        Area a = new Area(circle(8, 6, 5.5));
        a.add(new Area(poly(3.5, 9, 12.5, 9, 8, 15)));
        outlined(g, a, fill, line);
    }

    static void office(Graphics2D g) {
        outlined(g, rect(3.5, 1.5, 9, 13), SLATE_F, SLATE);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                fill(g, rect(5 + 4 * i, 3 + 3 * j, 2, 2), WHITE);
            }
        }
        fill(g, rect(7, 11.5, 2, 3), SLATE);
    }

    static void coin(Graphics2D g) {
        outlined(g, circle(8, 8, 6.5), GOLD_F, GOLD);
    }

    static void euro(Graphics2D g) {
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(5, 4.5, 7, 7, 50, 260, Arc2D.OPEN));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(3.5, 7.5, 9, 7.5));
        g.draw(new Line2D.Double(3.5, 9.5, 9, 9.5));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    static void axes(Graphics2D g) {
        polyline(g, SLATE, 1.5, 1.5, 1.5, 14.5, 14.5, 14.5);
    }

    static void gauge(Graphics2D g) {
        outlined(g, new Arc2D.Double(1.5, 3.5, 13, 13, 0, 180, Arc2D.CHORD), WHITE, SLATE);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        Color[] zones = { RED_F, GOLD_F, GREEN_F };
        for (int i = 0; i < 3; i++) {
            g.setColor(zones[i]);
            g.draw(new Arc2D.Double(3.5, 5.5, 9, 9, 180 - 60 * i, -60, Arc2D.OPEN));
        }
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        line(g, NAVY, 8, 10, 11.5, 6);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        fill(g, circle(8, 10, 1.5), NAVY);
    }

    static void mesh(Graphics2D g) {
        double[][] n = { { 3, 3 }, { 10, 2.5 }, { 13, 9 }, { 7, 8 }, { 3, 13 }, { 10, 13.5 } };
        int[][] edges = { { 0, 1 }, { 0, 3 }, { 1, 3 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 0, 4 }, { 3, 5 }, { 4, 5 }, { 2, 5 } };
        for (int[] e : edges) {
            line(g, NAVY_F, n[e[0]][0], n[e[0]][1], n[e[1]][0], n[e[1]][1]);
        }
        for (double[] p : n) {
            fill(g, circle(p[0], p[1], 1.8), NAVY);
        }
    }

    static void database(Graphics2D g) {
        Area body = new Area(rect(2.5, 3.5, 11, 10));
        body.add(new Area(new Ellipse2D.Double(2.5, 11.5, 11, 4)));
        outlined(g, body, SLATE_F, SLATE);
        g.setColor(SLATE);
        g.draw(new Arc2D.Double(2.5, 6, 11, 4, 180, 180, Arc2D.OPEN));
        outlined(g, new Ellipse2D.Double(2.5, 1.5, 11, 4), SLATE_L, SLATE);
    }
}
