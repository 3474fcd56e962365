/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.persistence;

import java.util.Map;

/**
 * Parser settings that make XML coming from outside safe to read.
 * <p>
 * A roadmap file may come from e-mail or a shared drive: it is hostile until parsed. DOCTYPE declarations are
 * refused outright, so no external entity is ever fetched and no entity is ever expanded. Limits are set
 * explicitly because JDK 24 and later lowered several JAXP defaults (attributes per element, nesting depth),
 * which would otherwise reject valid large files on a newer runtime.
 */
public final class XmlSafety {

    /** Xerces (and the JDK's built-in parser) feature that refuses any DOCTYPE declaration. */
    public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private XmlSafety() {
    }

    /** @return SAX features for {@code XMLResource.OPTION_PARSER_FEATURES}. */
    public static Map<String, Boolean> parserFeatures() {
        return Map.of(
                DISALLOW_DOCTYPE, Boolean.TRUE,
                "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
                "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
                "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
    }

    /**
     * @return JAXP limits for {@code XMLResource.OPTION_PARSER_PROPERTIES}; values are strings, as JAXP expects.
     */
    public static Map<String, Object> parserProperties() {
        return Map.of(
                // Generous for XMI (one attribute per feature) yet finite.
                "jdk.xml.elementAttributeLimit", "10000",
                "jdk.xml.maxElementDepth", "1000",
                "jdk.xml.maxXMLNameLimit", "1000",
                // Entities cannot occur (no DOCTYPE); keep the expansion limits tight anyway.
                "jdk.xml.entityExpansionLimit", "0",
                "jdk.xml.totalEntitySizeLimit", "100000",
                "jdk.xml.maxGeneralEntitySizeLimit", "10000");
    }
}
