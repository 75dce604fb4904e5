package cn.gov.oneseal.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The NUL character (U+0000) has no place in a case number, a name or an opinion, and PostgreSQL refuses it in
 * text ("invalid byte sequence for encoding UTF8: 0x00"), which would surface as a server error. It is refused at
 * the API's door instead: in a JSON string (400 through the body's refusal) and in the path or query of an
 * {@code /api} request (400 with the API's error body).
 */
@Configuration(proxyBeanMethods = false)
public class NulCharacters {

  /** The refusal's message, also on the engine REST's forms ({@code web/FormSubmissionGuard}). */
  public static final String MESSAGE = "请求中不得含有空字符（U+0000）";

  @Bean
  Jackson2ObjectMapperBuilderCustomizer noNulInJsonStrings() {
    SimpleModule module = new SimpleModule("oneseal-no-nul");
    module.addDeserializer(String.class, new StringDeserializer() {
      @Override
      public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\u0000') >= 0) {
          throw context.weirdStringException(value, String.class, MESSAGE);
        }
        return value;
      }
    });
    return builder -> builder.modulesToInstall(module);
  }

  @Bean
  FilterRegistrationBean<Filter> noNulInApiAddresses(ObjectMapper json) {
    Filter filter = (request, response, chain) -> {
      HttpServletRequest http = (HttpServletRequest) request;
      String address = (http.getRequestURI() + "?" + (http.getQueryString() == null ? "" : http.getQueryString()))
          .toLowerCase(Locale.ROOT);
      if (address.contains("%00") || address.indexOf('\u0000') >= 0) {
        JsonRefusal.write((HttpServletResponse) response, HttpServletResponse.SC_BAD_REQUEST, json,
            new ApiError("INVALID_CHARACTER", MESSAGE, null));
        return;
      }
      chain.doFilter(request, response);
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("oneseal-no-nul-in-api-addresses");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(5);
    return registration;
  }
}
