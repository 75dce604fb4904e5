package cn.gov.oneseal.publication;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneseal.credit-platform}: where publications are pushed (the city's public credit platform, which forwards
 * to 信用中国). Off, without an address or without credentials every push fails with a message saying so, and the
 * outbox retries it, then keeps it DEAD for an administrator.
 *
 * @param enabled whether publications are pushed at all
 * @param url the platform's endpoint taking one publication per POST (JSON)
 * @param appKey the bureau's access key at the platform (header X-App-Key)
 * @param appSecret the shared secret signing each request (header X-Signature, HMAC-SHA256)
 * @param timeout how long to wait for the connection and for the answer
 */
@ConfigurationProperties("oneseal.credit-platform")
public record CreditPlatformProperties(boolean enabled, String url, String appKey, String appSecret,
    @DefaultValue("PT10S") Duration timeout) {
}
