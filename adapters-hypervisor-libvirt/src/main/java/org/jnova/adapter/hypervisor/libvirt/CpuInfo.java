package org.jnova.adapter.hypervisor.libvirt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jnova.domain.wire.PyJson;
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
        // Nova's libvirt driver writes jsonutils.dumps of this dict, keys in this order
        Map<String, Object> topology = new LinkedHashMap<>();
        topology.put("cells", Math.max(1, node.nodes));
        topology.put("sockets", sockets);
        topology.put("cores", cores);
        topology.put("threads", threads);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("arch", arch);
        info.put("model", model);
        info.put("vendor", vendor);
        info.put("topology", topology);
        info.put("features", features);
        return PyJson.dumps(info);
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
}
