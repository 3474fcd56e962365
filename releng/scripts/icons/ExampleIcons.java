/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */

/*
 * ExampleIcons: the icon of the example extension's class (bundles/org.maillage.example.clsm.edit/icons/full/obj16/),
 * drawn with ModelIcons' helpers so that a plug-in's kind looks like Maillage's own. Java 22+ finds ModelIcons.java
 * next to this file (multi-file source launch). From the repository root:
 *
 *   java releng/scripts/icons/ExampleIcons.java bundles/org.maillage.example.clsm.edit/icons/full/obj16
 */

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

public class ExampleIcons {

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java ExampleIcons.java OUTPUT_DIR");
            System.exit(2);
        }
        File dir = new File(args[0]);
        dir.mkdirs();
        // CLSM: the blue of the CLS it belongs to (a person), with the purple heart of care for mental health.
        Consumer<Graphics2D> clsm = g -> {
            ModelIcons.person(g, 6, 2, ModelIcons.BLUE_L, ModelIcons.BLUE);
            AffineTransform saved = g.getTransform();
            g.translate(8, 7);
            g.scale(0.5, 0.5);
            ModelIcons.outlined(g, ModelIcons.heart(), ModelIcons.PURPLE_F, ModelIcons.PURPLE);
            g.setTransform(saved);
        };
        var image = ModelIcons.render(clsm);
        ImageIO.write(image, "png", new File(dir, "Clsm.png"));
        ImageIO.write(ModelIcons.toGif(image), "gif", new File(dir, "Clsm.gif"));
        System.out.println("1 icon written to " + dir);
    }
}
