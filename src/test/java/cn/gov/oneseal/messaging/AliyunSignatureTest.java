package cn.gov.oneseal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The SMS gateway's request signature against the example Alibaba Cloud publishes for signature version 1.0. */
class AliyunSignatureTest {

  @Test
  void thePublishedExampleGivesThePublishedSignature() {
    TreeMap<String, String> parameters = new TreeMap<>();
    parameters.put("AccessKeyId", "testid");
    parameters.put("Action", "DescribeRegions");
    parameters.put("Format", "XML");
    parameters.put("SignatureMethod", "HMAC-SHA1");
    parameters.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
    parameters.put("SignatureVersion", "1.0");
    parameters.put("Timestamp", "2016-02-23T12:46:24Z");
    parameters.put("Version", "2014-05-26");

    assertThat(AliyunSignature.canonical(parameters)).isEqualTo("AccessKeyId=testid&Action=DescribeRegions"
        + "&Format=XML&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
        + "&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26");
    assertThat(AliyunSignature.sign("GET", parameters, "testsecret")).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  }

  @Test
  void onlyTheUnreservedCharactersStayLiteral() {
    assertThat(AliyunSignature.encode("a b*c~d+e/f")).isEqualTo("a%20b%2Ac~d%2Be%2Ff");
    assertThat(AliyunSignature.encode("审批")).isEqualTo("%E5%AE%A1%E6%89%B9");
  }
}
