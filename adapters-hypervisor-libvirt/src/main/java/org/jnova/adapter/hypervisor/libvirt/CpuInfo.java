package org.jnova.adapter.hypervisor.libvirt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jnova.ports.hypervisor.HypervisorException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.libvirt.NodeInfo;

/**
 * Nova's {@code cpu_info} JSON ({@code LibvirtDriver._get_cpu_info}) from the host section of
 * {@code virConnectGetCapabilities}: arch, model, vendor, topology and the CPU feature names.
 */
final class CpuInfo {
    private CpuInfo() {
    }

    static String json(String capabilitiesXml, NodeInfo node) {
        Element cpu = hostCpu(capabilitiesXml);
        TreeSet<String> features = new TreeSet<>();
        String arch = "";
        String model = "";
        String vendor = "";
        int sockets = node.sockets;
        int cores = node.cores;
        int threads = node.threads;
        if (cpu != null) {
            arch = childText(cpu, "arch");
            model = childText(cpu, "model");
            vendor = childText(cpu, "vendor");
            for (Node n = cpu.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    if ("feature".equals(e.getTagName()) && !e.getAttribute("name").isEmpty()) {
                        features.add(e.getAttribute("name"));
                    } else if ("features".equals(e.getTagName())) {
                        // the legacy form lists features as empty elements: <features><pae/></features>
                        for (Node f = e.getFirstChild(); f != null; f = f.getNextSibling()) {
                            if (f instanceof Element fe) {
                                features.add(fe.getTagName());
                            }
                        }
                    } else if ("topology".equals(e.getTagName())) {
                        sockets = intAttr(e, "sockets", sockets);
                        cores = intAttr(e, "cores", cores);
                        threads = intAttr(e, "threads", threads);
                    }
                }
            }
        }
        StringBuilder json = new StringBuilder(256);
        json.append("{\"arch\": ").append(quote(arch))
            .append(", \"model\": ").append(quote(model))
            .append(", \"vendor\": ").append(quote(vendor))
            .append(", \"topology\": {\"cells\": ").append(Math.max(1, node.nodes))
            .append(", \"sockets\": ").append(sockets)
            .append(", \"cores\": ").append(cores)
            .append(", \"threads\": ").append(threads)
            .append("}, \"features\": [");
        String sep = "";
        for (String f : features) {
            json.append(sep).append(quote(f));
            sep = ", ";
        }
        return json.append("]}").toString();
    }

    private static Element hostCpu(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element host = firstChild(doc.getDocumentElement(), "host");
            return host == null ? null : firstChild(host, "cpu");
        } catch (Exception e) {
            throw new HypervisorException("cannot parse libvirt's host capabilities XML: " + e.getMessage(), e);
        }
    }

    private static Element firstChild(Element parent, String tag) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && tag.equals(e.getTagName())) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String tag) {
        Element e = firstChild(parent, tag);
        return e == null ? "" : e.getTextContent().trim();
    }

    private static int intAttr(Element e, String name, int fallback) {
        try {
            return Integer.parseInt(e.getAttribute(name));
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
