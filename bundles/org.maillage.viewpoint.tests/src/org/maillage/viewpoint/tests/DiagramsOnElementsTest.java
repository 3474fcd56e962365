/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.cli.ExitCodes;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.Representations;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.render.PngRenderer;

/**
 * Covered cases: a description's domain class is honoured: the descriptions applicable to a CLS, an EPCI and the
 * roadmap root; "Articulation d'un CLS" on the Évreux CLS shows its fiches actions and the QPV they target and no
 * other CLS's fiches, with a title naming the CLS; a session refuses an element of another class; two diagrams of
 * one description on two CLS are saved in the one diagram file, keep distinct targets and names, and reopen each on
 * its CLS; navigation from the articulation diagram's CLS node leads to "Articulation d'un CLS", from the CLS
 * diagram's EPCI node to "Dispositifs d'un EPCI", and a node without navigation gives none; a description whose
 * domain class is no roadmap class is refused at load naming the file and the line; a navigation to an unknown
 * description is a registry problem, and one to a description of another class is not offered; the representation list gives
 * every saved diagram with its target's kind and name, and rename and delete change only the diagram file, and the
 * tables that apply to the roadmap (kind TABLE, on the root);
 * {@code maillage diagram --on} draws on a CLS by name or uuid, refuses an element of another class or an unknown
 * one (exit 2, French), and {@code --list} gives each description with its domain class; every CLS and EPCI of
 * every example is drawn without expression problems and with the layout invariants.
 */
@ExtendWith(FrenchLocale.class)
class DiagramsOnElementsTest {

    static final String CLS = "org.maillage.viewpoints.cls/articulationCls";
    static final String EPCI = "org.maillage.viewpoints.epci/dispositifsEpci";
    /** Where the pictures of the new descriptions are written for a person to look at. */
    private static final Path PICTURES = Path.of(System.getProperty("java.io.tmpdir"), "maillage-diagrams-on-elements");

    @TempDir
    Path folder;

    @Test
    void applicableDescriptionsFollowTheDomainClass() {
        ModeleMaillage model = Fixtures.eure();
        ViewpointRegistry registry = Fixtures.registry();
        assertTrue(registry.problems().isEmpty(), registry.problems().toString());
        List<String> onCls = ids(registry.applicable(cls(model, "eure-cls-evreux")));
        assertEquals(List.of(CLS), onCls);
        List<String> onEpci = ids(registry.applicable(model.eResource().getEObject("epci-200071454")));
        assertEquals(List.of(EPCI), onEpci);
        List<String> onRoot = ids(registry.applicable(model));
        assertTrue(onRoot.contains(Fixtures.ARTICULATION), onRoot.toString());
        assertFalse(onRoot.contains(CLS) || onRoot.contains(EPCI), onRoot.toString());
    }

    @Test
    void clsDiagramShowsItsFichesAndTargetedQpvOnly() throws Exception {
        ModeleMaillage model = Fixtures.eure();
        Cls evreux = cls(model, "eure-cls-evreux");
        DiagramSession session = DiagramSession.create(evreux, Fixtures.description(CLS));
        Diagram diagram = session.diagram();
        assertTrue(session.lastResult().diagnostics().isEmpty(), session.lastResult().diagnostics().toString());
        assertEquals(evreux.getUuid(), diagram.getTarget());
        assertEquals("Articulation du " + evreux.getNom(), diagram.getName());
        Set<EObject> shown = semantics(session);
        Set<Qpv> targeted = new HashSet<>();
        for (var axe : evreux.getAxes()) {
            for (FicheAction fiche : axe.getFichesActions()) {
                assertTrue(shown.contains(fiche), fiche.getNom());
                targeted.addAll(fiche.getQpvCibles());
            }
        }
        assertFalse(targeted.isEmpty());
        assertTrue(shown.containsAll(targeted), "every targeted QPV is drawn");
        for (EObject other : model.getDispositifs()) {
            if (other instanceof Cls cls && cls != evreux) {
                cls.getAxes().forEach(axe -> axe.getFichesActions()
                        .forEach(f -> assertFalse(shown.contains(f), "fiche of another CLS: " + f.getNom())));
            }
        }
        assertEquals(1, Fixtures.nodes(diagram, "cls").size());
        assertFalse(Fixtures.nodes(diagram, "epci").isEmpty(), "the CLS's EPCI is drawn");
        LayoutAndPersistenceTest.checkInvariants(diagram);
        Files.createDirectories(PICTURES);
        new PngRenderer().write(diagram, PICTURES.resolve("cls-evreux.png"), 1.0);
        session.dispose();
    }

    @Test
    void epciDiagramShowsItsDispositifs() throws Exception {
        ModeleMaillage model = Fixtures.eure();
        Epci epci = (Epci) model.eResource().getEObject("epci-200071454");
        DiagramSession session = DiagramSession.create(epci, Fixtures.description(EPCI));
        assertTrue(session.lastResult().diagnostics().isEmpty(), session.lastResult().diagnostics().toString());
        Set<EObject> shown = semantics(session);
        assertTrue(shown.contains(model.eResource().getEObject("eure-cls-evreux")));
        assertTrue(shown.contains(model.eResource().getEObject("eure-cpts-evreux")));
        assertTrue(shown.contains(model.eResource().getEObject("eure-cdv-200071454")));
        assertFalse(shown.contains(model.eResource().getEObject("eure-cls-sna")), "a CLS of another EPCI");
        LayoutAndPersistenceTest.checkInvariants(session.diagram());
        Files.createDirectories(PICTURES);
        new PngRenderer().write(session.diagram(), PICTURES.resolve("epci-evreux.png"), 1.0);
        session.dispose();
    }

    @ParameterizedTest
    @MethodSource("org.maillage.examples.Examples#all")
    void everyClsAndEpciOfEveryExampleIsDrawnWithoutProblems(Example example) {
        ModeleMaillage model = Fixtures.open(example);
        int drawn = 0;
        for (var i = model.eResource().getAllContents(); i.hasNext();) {
            EObject element = i.next();
            String id = element instanceof Cls ? CLS : element instanceof Epci ? EPCI : null;
            if (id != null) {
                DiagramSession session = DiagramSession.create(element, Fixtures.description(id));
                assertTrue(session.lastResult().diagnostics().isEmpty(),
                        example + " " + session.diagram().getName() + session.lastResult().diagnostics());
                assertFalse(session.allNodes().isEmpty());
                LayoutAndPersistenceTest.checkInvariants(session.diagram());
                session.dispose();
                drawn++;
            }
        }
        assertTrue(drawn > 0, example + " has a CLS or an EPCI");
    }

    @Test
    void sessionRefusesAnElementOfAnotherClass() {
        ModeleMaillage model = Fixtures.eure();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiagramSession.create(model, Fixtures.description(CLS)));
        assertTrue(e.getMessage().contains("dispositif.Cls"), e.getMessage());
    }

    @Test
    void twoDiagramsOfOneDescriptionShareTheDiagramFile() throws Exception {
        Path roadmap = Examples.eure().copyTo(folder);
        ModeleMaillage model = MaillageFiles.load(roadmap);
        Path file = ViewpointResources.diagramFileFor(roadmap);
        Resource resource = ViewpointResources.newDiagramResource(ViewpointResources.newResourceSet(), file);
        DiagramSession evreux = DiagramSession.create(cls(model, "eure-cls-evreux"), Fixtures.description(CLS));
        DiagramSession sna = DiagramSession.create(cls(model, "eure-cls-sna"), Fixtures.description(CLS));
        int evreuxNodes = evreux.allNodes().size();
        int snaNodes = sna.allNodes().size();
        resource.getContents().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(evreux.diagram()));
        resource.getContents().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(sna.diagram()));
        ViewpointResources.saveDiagrams(resource, file);
        evreux.dispose();
        sna.dispose();

        ModeleMaillage again = MaillageFiles.load(roadmap);
        Resource reloaded = ViewpointResources.loadDiagrams(ViewpointResources.newResourceSet(), file);
        assertEquals(2, reloaded.getContents().size());
        Diagram first = Representations.find(reloaded, CLS, "eure-cls-evreux", null);
        Diagram second = Representations.find(reloaded, CLS, "eure-cls-sna", null);
        assertNotEquals(first.getName(), second.getName());
        DiagramSession one = DiagramSession.open(first, again.eResource(), Fixtures.registry());
        DiagramSession two = DiagramSession.open(second, again.eResource(), Fixtures.registry());
        assertEquals(again.eResource().getEObject("eure-cls-evreux"), one.target());
        assertEquals(again.eResource().getEObject("eure-cls-sna"), two.target());
        assertEquals(evreuxNodes, one.allNodes().size());
        assertEquals(snaNodes, two.allNodes().size());
        one.dispose();
        two.dispose();
        assertTrue(ViewpointResources.findSaved(roadmap, cls(again, "eure-cls-sna"), Fixtures.description(CLS))
                .isPresent());

        List<Representations.Descriptor> listed = Representations.list(roadmap, again.eResource(),
                Fixtures.registry());
        assertEquals(2, listed.size());
        Representations.Descriptor descriptor = listed.get(1);
        assertEquals(Representations.Kind.DIAGRAM, descriptor.kind());
        assertEquals("Articulation d'un CLS", descriptor.descriptionLabel());
        assertEquals("Cls", descriptor.targetKind());
        assertEquals("CLS de Seine Normandie Agglomération", descriptor.targetName());
        String roadmapBefore = Files.readString(roadmap);
        assertTrue(Representations.rename(roadmap, descriptor, "CLS SNA, vue de travail"));
        assertEquals("CLS SNA, vue de travail",
                Representations.list(roadmap, again.eResource(), Fixtures.registry()).get(1).name());
        assertTrue(Representations.delete(roadmap, descriptor));
        assertEquals(1, Representations.list(roadmap, again.eResource(), Fixtures.registry()).size());
        List<Representations.Descriptor> tables = Representations.tables(again.eResource(), Fixtures.registry());
        assertEquals(List.of("org.maillage.viewpoints.tableaux/praps",
                "org.maillage.viewpoints.tableaux/couverture-qpv", "org.maillage.viewpoints.tableaux/financements"),
                tables.stream().map(Representations.Descriptor::descriptionId).toList());
        assertTrue(tables.stream().allMatch(t -> t.kind() == Representations.Kind.TABLE
                && "ModeleMaillage".equals(t.targetKind())), tables.toString());
        assertEquals(roadmapBefore, Files.readString(roadmap), "the roadmap is never touched");
    }

    @Test
    void navigationLeadsToTheElementsDiagram() {
        ModeleMaillage model = Fixtures.eure();
        ViewpointRegistry registry = Fixtures.registry();
        DiagramSession articulation = DiagramSession.create(model, Fixtures.description(Fixtures.ARTICULATION));
        Cls evreux = cls(model, "eure-cls-evreux");
        DNode clsNode = (DNode) articulation.elementsOf(evreux).get(0);
        List<DiagramDescription> targets = registry.navigations(articulation, clsNode);
        assertEquals(List.of(CLS), ids(targets));
        DiagramSession opened = DiagramSession.create(articulation.semanticElement(clsNode), targets.get(0));
        assertEquals(evreux.getUuid(), opened.diagram().getTarget());
        DNode qpv = Fixtures.nodes(articulation.diagram(), "qpv").get(0);
        assertTrue(registry.navigations(articulation, qpv).isEmpty(), "no navigation on a QPV");
        articulation.dispose();

        DNode epciNode = Fixtures.nodes(opened.diagram(), "epci").get(0);
        assertEquals(List.of(EPCI), ids(registry.navigations(opened, epciNode)));
        opened.dispose();
    }

    @Test
    void unknownDomainClassIsRefusedWithFileAndLine() throws Exception {
        String text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <vpdescription:Viewpoint xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:vpdescription="http://maillage.org/viewpoint/1.0/description" id="essai" label="Essai">
                  <diagrams id="bon" label="Bon" domainClass="ModeleMaillage"/>
                  <diagrams id="faux" label="Faux"
                      domainClass="dispositif.Clss"/>
                </vpdescription:Viewpoint>
                """;
        Path file = folder.resolve("essai.viewpoint");
        Files.writeString(file, text);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ViewpointResources.loadViewpoint(file));
        assertEquals(6, e.getLine());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("ligne 6"), e.getMessage());
        assertTrue(e.getMessage().contains("« dispositif.Clss »"), e.getMessage());
        ModelLoadException fromStream = assertThrows(ModelLoadException.class,
                () -> ViewpointResources.loadViewpoint(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "mon.plugin/essai.viewpoint"));
        assertTrue(fromStream.getMessage().contains("essai.viewpoint, ligne 6"), fromStream.getMessage());
        Files.writeString(file, text.replace("dispositif.Clss", "dispositif.Cls"));
        assertEquals(2, ViewpointResources.loadViewpoint(file).getDiagrams().size());
    }

    @Test
    void unknownDomainClassOfAMappingIsRefusedToo() throws Exception {
        // A mapping on a class that does not exist would draw nothing, silently: the same refusal as a description.
        Path file = folder.resolve("mapping.viewpoint");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <vpdescription:Viewpoint xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:vpdescription="http://maillage.org/viewpoint/1.0/description" id="essai" label="Essai">
                  <diagrams id="bon" label="Bon" domainClass="ModeleMaillage">
                    <layers id="base" label="Base">
                      <nodeMappings id="quartiers" label="Quartiers" domainClass="territoire.Quartier"/>
                    </layers>
                  </diagrams>
                </vpdescription:Viewpoint>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ViewpointResources.loadViewpoint(file));
        assertEquals(6, e.getLine());
        assertTrue(e.getMessage().contains("mapping.viewpoint, ligne 6"), e.getMessage());
        assertTrue(e.getMessage().contains("« territoire.Quartier » inconnue pour « quartiers »"), e.getMessage());
    }

    @Test
    void navigationToAnUnknownDescriptionIsAProblem() throws Exception {
        Path file = folder.resolve("nav.viewpoint");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <vpdescription:Viewpoint xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:vpdescription="http://maillage.org/viewpoint/1.0/description" id="nav" label="Nav">
                  <diagrams id="d" label="D" domainClass="ModeleMaillage">
                    <layers id="l" label="L">
                      <nodeMappings id="cls" domainClass="dispositif.Cls" semanticCandidatesExpression="self.dispositifs">
                        <navigationDescriptions>nav/d</navigationDescriptions>
                        <navigationDescriptions>ailleurs/inconnu</navigationDescriptions>
                      </nodeMappings>
                    </layers>
                  </diagrams>
                </vpdescription:Viewpoint>
                """);
        ViewpointRegistry registry = new ViewpointRegistry(List.of(ViewpointResources.loadViewpoint(file)));
        assertEquals(1, registry.problems().size(), registry.problems().toString());
        assertTrue(registry.problems().get(0).contains("« ailleurs/inconnu »"), registry.problems().get(0));
        ModeleMaillage model = Fixtures.eure();
        DiagramSession session = DiagramSession.create(model, registry.find("nav/d").orElseThrow());
        DNode cls = Fixtures.nodes(session.diagram(), "cls").get(0);
        assertTrue(registry.navigations(session, cls).isEmpty(), "nav/d is on the root, not on a CLS");
        session.dispose();
    }

    @Test
    void commandLineDrawsOnAnElement() throws Exception {
        Examples.eure().copyTo(folder);
        CliRunner.Result byName = CliRunner.run(folder, "diagram", "--viewpoint", CLS, "--on",
                "CLS d'Évreux Portes de Normandie 2024-2028", "--out", "cls.svg", "eure.maillage");
        assertEquals(ExitCodes.OK, byName.code(), byName.err());
        String svg = Files.readString(folder.resolve("cls.svg"));
        assertTrue(svg.contains("Sport-santé"), "a fiche action of the CLS");
        assertFalse(svg.contains("CLS de Seine Normandie"), "another CLS");
        CliRunner.Result byUuid = CliRunner.run(folder, "diagram", "--viewpoint", "dispositifsEpci", "--on",
                "epci-200071454", "--out", "epci.png", "eure.maillage");
        assertEquals(ExitCodes.OK, byUuid.code(), byUuid.err());

        CliRunner.Result wrongClass = CliRunner.run(folder, "diagram", "--viewpoint", CLS, "--on", "epci-200071454",
                "--out", "x.svg", "eure.maillage");
        assertEquals(ExitCodes.USAGE, wrongClass.code());
        assertTrue(wrongClass.err().contains("se dessine sur un élément dispositif.Cls"), wrongClass.err());
        CliRunner.Result noOn = CliRunner.run(folder, "diagram", "--viewpoint", CLS, "--out", "x.svg",
                "eure.maillage");
        assertEquals(ExitCodes.USAGE, noOn.code());
        assertTrue(noOn.err().contains("option --on"), noOn.err());
        CliRunner.Result unknown = CliRunner.run(folder, "diagram", "--viewpoint", CLS, "--on", "Nulle part",
                "--out", "x.svg", "eure.maillage");
        assertEquals(ExitCodes.USAGE, unknown.code());
        assertTrue(unknown.err().contains("Élément « Nulle part » introuvable"), unknown.err());
        assertFalse(Files.exists(folder.resolve("x.svg")));

        CliRunner.Result list = CliRunner.run(folder, "diagram", "--list", "eure.maillage");
        assertEquals(ExitCodes.OK, list.code(), list.err());
        // Since tables, each line gives the kind of representation after the id.
        assertTrue(list.out().contains(CLS + "\tdiagramme\tArticulation d'un CLS\t(sur : dispositif.Cls)"),
                list.out());
        assertTrue(list.out().contains(EPCI + "\tdiagramme\tDispositifs d'un EPCI\t(sur : territoire.Epci)"),
                list.out());
        CliRunner.Result listOn = CliRunner.run(folder, "diagram", "--list", "--on", "eure-cls-sna",
                "eure.maillage");
        assertEquals(ExitCodes.OK, listOn.code(), listOn.err());
        assertTrue(listOn.out().contains(CLS) && !listOn.out().contains(Fixtures.ARTICULATION), listOn.out());
    }

    private static Cls cls(ModeleMaillage model, String uuid) {
        return (Cls) model.eResource().getEObject(uuid);
    }

    private static Set<EObject> semantics(DiagramSession session) {
        Set<EObject> result = new HashSet<>();
        for (DNode node : session.allNodes()) {
            result.add(session.semanticElement(node));
        }
        return result;
    }

    private static List<String> ids(List<DiagramDescription> descriptions) {
        return descriptions.stream().map(ViewpointRegistry::qualifiedId).toList();
    }
}
