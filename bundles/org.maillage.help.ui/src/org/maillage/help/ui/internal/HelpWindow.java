/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.help.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.maillage.help.ui.internal.HelpPage.Block;
import org.maillage.help.ui.internal.HelpTopics.Topic;

/**
 * Maillage's help window: the guide's table of contents (or the pages a search finds) on the left, the page on the
 * right. The page is shown in an embedded browser where SWT can make one (Edge on Windows, WebKitGTK on Linux); on a
 * computer without one it is shown as text, with a link that opens it in the system's web browser. One window per
 * display, brought to the front when asked again; a child of the active dialog when one is open (F1 in a wizard).
 */
public final class HelpWindow {

    private static HelpWindow current;

    private final Shell shell;
    private final Label header;
    private final Text search;
    private final Tree tree;
    private final Composite pages;
    private final StackLayout stack = new StackLayout();
    private final Browser browser;
    private final Composite textPane;
    private final StyledText text;
    private final Font headingFont;
    /** The pictures of the page shown as text, disposed with the next page or the window. */
    private final List<Image> pictures = new ArrayList<>();
    private final List<Topic> books;
    private String shownHref;

    private HelpWindow(Display display) {
        books = HelpTopics.books();
        Shell parent = parentShell(display);
        shell = parent == null ? new Shell(display, SWT.SHELL_TRIM) : new Shell(parent, SWT.SHELL_TRIM);
        shell.setText(Messages.get("window.title"));
        shell.setLayout(new GridLayout(1, false));
        header = new Label(shell, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite left = new Composite(sash, SWT.NONE);
        GridLayout leftLayout = new GridLayout(1, false);
        leftLayout.marginWidth = 0;
        left.setLayout(leftLayout);
        search = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.get("search.message"));
        search.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        tree = new Tree(left, SWT.SINGLE | SWT.BORDER);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        search.addModifyListener(e -> fillTree());
        tree.addListener(SWT.Selection, e -> {
            if (e.item != null && e.item.getData() instanceof Topic topic && topic.href() != null) {
                show(topic.href());
            }
        });

        pages = new Composite(sash, SWT.NONE);
        pages.setLayout(stack);
        browser = createBrowser(pages);
        textPane = new Composite(pages, SWT.NONE);
        textPane.setLayout(new GridLayout(1, false));
        Label noBrowser = new Label(textPane, SWT.WRAP);
        noBrowser.setText(Messages.get("noBrowser"));
        noBrowser.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Link open = new Link(textPane, SWT.NONE);
        open.setText(Messages.get("openInBrowser"));
        open.addListener(SWT.Selection, e -> openInSystemBrowser());
        text = new StyledText(textPane, SWT.BORDER | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setMargins(12, 8, 12, 8);
        FontData[] data = text.getFont().getFontData();
        for (FontData one : data) {
            one.setHeight(one.getHeight() + 3);
            one.setStyle(SWT.BOLD);
        }
        headingFont = new Font(display, data);
        shell.addDisposeListener(e -> {
            headingFont.dispose();
            disposePictures();
        });
        // A picture is one object character whose glyph metrics reserve its size; it is drawn here.
        text.addPaintObjectListener(e -> {
            if (e.style.data instanceof Image picture) {
                e.gc.drawImage(picture, e.x, e.y + e.ascent - e.style.metrics.ascent);
            }
        });
        stack.topControl = browser != null ? browser : textPane;
        sash.setWeights(30, 70);

        fillTree();
        // As large as the screen allows, up to a comfortable reading size, centred on the window asking for help
        // (a small wizard as well as the workbench) and kept on its screen.
        Rectangle screen = (parent != null ? parent.getMonitor() : display.getPrimaryMonitor()).getClientArea();
        Rectangle around = parent != null ? parent.getBounds() : screen;
        int width = Math.min(1100, screen.width);
        int height = Math.min(760, screen.height);
        int x = Math.max(screen.x, Math.min(around.x + (around.width - width) / 2, screen.x + screen.width - width));
        int y = Math.max(screen.y,
                Math.min(around.y + (around.height - height) / 2, screen.y + screen.height - height));
        shell.setBounds(x, y, width, height);
    }

    /**
     * SWT makes an embedded browser only where the system has one: Edge (WebView2) on Windows, WebKitGTK on Linux,
     * which a desktop usually has but a server or a minimal installation may not.
     */
    private static Browser createBrowser(Composite parent) {
        try {
            return new Browser(parent, SWT.NONE);
        } catch (SWTError | IllegalArgumentException e) {
            return null;
        }
    }

    /** @return the help window of this display, made and opened if there is none */
    public static HelpWindow open(Display display) {
        Shell active = parentShell(display);
        if (current != null && !current.shell.isDisposed() && active != null && active != current.shell
                && active != current.shell.getParent() && isModal(active)) {
            // F1 in a wizard: a window that is not the wizard's child would not take the clicks while it is open.
            current.shell.dispose();
        }
        if (current == null || current.shell.isDisposed()) {
            current = new HelpWindow(display);
            current.shell.open();
        } else {
            current.shell.setMinimized(false);
            current.shell.forceActive();
        }
        return current;
    }

    /**
     * @return the active shell; without one (no window manager, or the focus elsewhere), the last visible modal
     *         dialog, else any visible shell, else {@code null}
     */
    private static Shell parentShell(Display display) {
        Shell active = display.getActiveShell();
        if (active != null) {
            return active;
        }
        Shell found = null;
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && (found == null || isModal(shell))
                    && (current == null || shell != current.shell)) {
                found = shell;
            }
        }
        return found;
    }

    private static boolean isModal(Shell shell) {
        return (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL)) != 0;
    }

    /** @return the help window now open, or {@code null} (for tests) */
    public static HelpWindow current() {
        return current == null || current.shell.isDisposed() ? null : current;
    }

    /** Shows the guide's first page, as "Contenu de l'aide" does. */
    public void showContents() {
        header.setText("");
        search.setText("");
        if (shownHref == null && !books.isEmpty() && books.get(0).href() != null) {
            show(books.get(0).href());
        }
        relayout();
    }

    /** Shows the page of a context (F1): its description above, its first related topic. */
    public void showContext(IContext context, String title) {
        String description = context.getText() == null ? "" : context.getText().strip();
        header.setText(title == null ? description : Messages.get("contextTitle", title) + "\n" + description);
        IHelpResource[] topics = context.getRelatedTopics();
        if (topics != null && topics.length > 0) {
            show(topics[0].getHref());
        } else {
            showContents();
        }
        relayout();
    }

    /** Focuses the search field, with these words when given. */
    public void search(String words) {
        header.setText("");
        if (words != null) {
            search.setText(words);
        }
        search.setFocus();
        relayout();
    }

    private void relayout() {
        header.setVisible(!header.getText().isEmpty());
        ((GridData) header.getLayoutData()).exclude = header.getText().isEmpty();
        shell.layout(true, true);
    }

    private void fillTree() {
        tree.removeAll();
        String words = search.getText().strip();
        if (words.isEmpty()) {
            for (Topic book : books) {
                fill(new TreeItem(tree, SWT.NONE), book);
            }
            // Expanded once all items exist: a toolkit cannot expand an item whose parent is still collapsed.
            for (TreeItem item : items(tree.getItems(), new ArrayList<>())) {
                item.setExpanded(true);
            }
        } else {
            List<Topic> found = HelpTopics.search(books, words);
            for (Topic topic : found) {
                TreeItem item = new TreeItem(tree, SWT.NONE);
                item.setText(topic.label());
                item.setData(topic);
            }
            if (found.isEmpty()) {
                TreeItem item = new TreeItem(tree, SWT.NONE);
                item.setText(Messages.get("search.none", words));
            }
        }
        select(shownHref);
    }

    private static void fill(TreeItem item, Topic topic) {
        item.setText(topic.label());
        item.setData(topic);
        for (Topic child : topic.children()) {
            fill(new TreeItem(item, SWT.NONE), child);
        }
    }

    /** Shows the page of this help href ({@code /bundle/path[#anchor]}). */
    public void show(String href) {
        shownHref = href;
        select(href);
        URL page = HelpTopics.find(href);
        if (page == null) {
            showText(List.of(new Block(HelpPage.Kind.PARAGRAPH, Messages.get("pageMissing", href), null)), null);
            return;
        }
        try {
            if (browser != null) {
                browser.setUrl(HelpTopics.fileUrl(href).toExternalForm());
            } else {
                showText(HelpPage.parse(HelpTopics.read(page)).blocks(), page);
            }
        } catch (IOException e) {
            showText(List.of(new Block(HelpPage.Kind.PARAGRAPH,
                    Messages.get("pageUnreadable", href, e.getLocalizedMessage()), null)), null);
        }
    }

    private void select(String href) {
        if (href == null) {
            return;
        }
        // The last item of the page, depth first: "L'explorateur" rather than "Éditer la feuille de route", its
        // parent, which opens the same page.
        String page = HelpTopics.stripAnchor(href);
        TreeItem found = null;
        for (TreeItem item : items(tree.getItems(), new ArrayList<>())) {
            if (item.getData() instanceof Topic topic && topic.href() != null
                    && HelpTopics.stripAnchor(topic.href()).equals(page)) {
                found = item;
            }
        }
        if (found != null) {
            tree.setSelection(found);
        }
    }

    private static List<TreeItem> items(TreeItem[] items, List<TreeItem> all) {
        for (TreeItem item : items) {
            all.add(item);
            items(item.getItems(), all);
        }
        return all;
    }

    /**
     * Shows a page as styled text: headings larger and bold, list items with a bullet, pictures scaled to the
     * width of the text.
     *
     * @param page the page's URL, against which pictures are found; {@code null} for a message
     */
    private void showText(List<Block> blocks, URL page) {
        disposePictures();
        int width = Math.max(300, text.getClientArea().width - 40);
        StringBuilder out = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        for (Block block : blocks) {
            int start = out.length();
            switch (block.kind()) {
                case HEADING -> {
                    out.append(block.text());
                    StyleRange style = new StyleRange();
                    style.start = start;
                    style.length = block.text().length();
                    style.font = headingFont;
                    styles.add(style);
                }
                case ITEM -> out.append("  \u2022 ").append(block.text());
                case IMAGE -> {
                    Image picture = picture(page, block.source(), width);
                    if (picture != null) {
                        out.append('\uFFFC');
                        StyleRange style = new StyleRange();
                        style.start = start;
                        style.length = 1;
                        style.data = picture;
                        Rectangle size = picture.getBounds();
                        style.metrics = new GlyphMetrics(size.height, 0, size.width);
                        styles.add(style);
                        out.append('\n');
                        start = out.length();
                    }
                    String alt = picture != null ? block.text() : Messages.get("image", block.text());
                    out.append(alt);
                    styles.add(new StyleRange(start, alt.length(), null, null, SWT.ITALIC));
                }
                case PARAGRAPH -> out.append(block.text());
            }
            out.append("\n\n");
        }
        text.setText(out.toString());
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
        text.setTopPixel(0);
        if (browser == null) {
            stack.topControl = textPane;
            pages.layout();
        }
    }

    /**
     * @return the picture at {@code source} relative to the page, scaled down to {@code width} with smoothing (the
     *         screenshots are wider than the window), or {@code null} when it cannot be read
     */
    private Image picture(URL page, String source, int width) {
        if (page == null || source == null || source.isEmpty()) {
            return null;
        }
        Image original;
        try (InputStream in = URI.create(page.toExternalForm()).resolve(source).toURL().openStream()) {
            original = new Image(shell.getDisplay(), in);
        } catch (IOException | IllegalArgumentException | SWTException e) {
            return null;
        }
        Rectangle size = original.getBounds();
        if (size.width <= width) {
            pictures.add(original);
            return original;
        }
        int height = size.height * width / size.width;
        Image scaled = new Image(shell.getDisplay(), width, height);
        GC gc = new GC(scaled);
        try {
            gc.setAntialias(SWT.ON);
            gc.setInterpolation(SWT.HIGH);
            gc.drawImage(original, 0, 0, size.width, size.height, 0, 0, width, height);
        } finally {
            gc.dispose();
            original.dispose();
        }
        pictures.add(scaled);
        return scaled;
    }

    private void disposePictures() {
        pictures.forEach(Image::dispose);
        pictures.clear();
    }

    private void openInSystemBrowser() {
        try {
            URL url = shownHref == null ? null : HelpTopics.fileUrl(shownHref);
            if (url != null) {
                Program.launch(url.toExternalForm());
            }
        } catch (IOException e) {
            header.setText(Messages.get("pageUnreadable", shownHref, e.getLocalizedMessage()));
            relayout();
        }
    }

    /** @return the window's shell */
    public Shell getShell() {
        return shell;
    }

    /** @return the href of the page shown, or {@code null} */
    public String getShownHref() {
        return shownHref;
    }

    /** @return whether pages show in an embedded browser (else as text) */
    public boolean usesBrowser() {
        return browser != null;
    }

    /** @return the text shown for the page when there is no embedded browser */
    public String getPageText() {
        return text.getText();
    }

    /** @return how many pictures the page shown as text holds */
    public int getPictureCount() {
        return pictures.size();
    }

    /** @return the header's text: the context's description after F1, else empty */
    public String getHeaderText() {
        return header.getText();
    }

    /** @return the labels of the tree's top items (the books, or the search's results) */
    public List<String> getTreeLabels() {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            labels.add(item.getText());
        }
        return labels;
    }
}
