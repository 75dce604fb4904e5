package cn.gov.oneseal.seal;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.dom4j.io.SAXReader;
import org.ofdrw.pkg.tool.SAXReaderFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * How ofdrw parses the XML of OFD packages, for the whole process: dom4j's plain {@code SAXReader}, which ofdrw uses
 * by default, resolves external entities — not for uploaded files. Every reader here loads no external DTD and
 * resolves no external entity (what dom4j's {@code SAXReader.createDefault} sets), from one parser factory made once:
 * {@code createDefault} looks the factory up again for each reader, a tenth of an OFD's sealing.
 */
public final class OfdXml {

  private static final SAXParserFactory FACTORY = factory();

  private OfdXml() {
  }

  /** Makes ofdrw parse with {@link #reader()} (idempotent). */
  public static void secure() {
    SAXReaderFactory.SetCustomizedProducer(OfdXml::reader);
  }

  /** A reader that loads no external DTD and resolves no external entity. */
  static SAXReader reader() {
    XMLReader xml;
    try {
      synchronized (FACTORY) { // a factory is not safe for threads (JAXP)
        xml = FACTORY.newSAXParser().getXMLReader();
      }
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("XML 解析器无法创建: " + e.getMessage(), e);
    }
    return new SAXReader(xml);
  }

  private static SAXParserFactory factory() {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    try {
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("XML 解析器不支持关闭外部实体: " + e.getMessage(), e);
    }
    return factory;
  }
}
