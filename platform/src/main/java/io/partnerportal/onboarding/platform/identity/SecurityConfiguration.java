package io.partnerportal.onboarding.platform.identity;

import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.platform.web.Problem;
import io.partnerportal.onboarding.platform.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.core.convert.converter.Converter;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Every endpoint but health and the API docs needs an authenticated caller. Production validates OAuth2
 * bearer JWTs (JwtConfiguration, ADR 9); the embedded default (no JWT settings) accepts the contract's demo
 * users over HTTP Basic instead. Sessions are never created: every request carries its credentials.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String[] PUBLIC_PATHS = {
            "/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**"};

    /** Paths for operators alone, whatever the access table says: metrics span all partners, /api/admin runs projections. */
    public static final List<String> OPERATOR_PATHS = List.of("/actuator/**", "/api/admin/**");

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ObjectProvider<ReactiveJwtDecoder> jwtDecoder,
                                       ObjectProvider<MapReactiveUserDetailsService> demoUsers, ProblemWriter problems) {
        boolean jwt = jwtDecoder.getIfAvailable() != null;
        ServerAuthenticationEntryPoint unauthenticated = jwt ? new BearerTokenRefusals(problems)
                : (exchange, e) -> {
                    exchange.getResponse().getHeaders().set("WWW-Authenticate", "Basic realm=\"partner-portal\"");
                    return problems.write(exchange, Problem.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                            "Authenticate first: use HTTP Basic."));
                };
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(paths -> paths
                        .pathMatchers(PUBLIC_PATHS).permitAll()
                        .pathMatchers(OPERATOR_PATHS.toArray(String[]::new)).hasRole(Role.OPERATOR.name())
                        .anyExchange().authenticated())
                .exceptionHandling(failures -> failures
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, Problem.of(
                                HttpStatus.FORBIDDEN, "FORBIDDEN", "Your roles do not allow this."))));
        if (jwt) {
            // Every claim rule has run in the decoder (JwtConfiguration): the converter only reads the caller.
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(unauthenticated)
                    .jwt(token -> token.jwtAuthenticationConverter(rolesFromClaims())));
        } else {
            // With Spring's default encoder, every sign-in hashed the presented password with bcrypt to "upgrade"
            // the stored one (60-70 ms of CPU a request), even where nothing would store the result.
            var withoutUpgrade = PublicPassword.signIn(demoUsers.getObject());
            http.httpBasic(basic -> basic.authenticationManager(withoutUpgrade).authenticationEntryPoint((exchange, e) -> {
                exchange.getResponse().getHeaders().set("WWW-Authenticate", "Basic realm=\"partner-portal\"");
                return problems.write(exchange, Problem.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                        "Unknown user or wrong password."));
            }));
        }
        return http.build();
    }

    /** The demo users of the contract, only when no JWT issuer is configured. */
    @Bean
    @Conditional(NoJwtConfigured.class)
    MapReactiveUserDetailsService demoUsers() {
        log.warn("""

                *****************************************************************************
                *  DEMO USERS ARE ON: {} users with the well-known password '{}' can sign in  *
                *  with HTTP Basic. This is the embedded default for trying the backend out. *
                *  Configure a JWT issuer (see README, Configuration) for any real use.       *
                *****************************************************************************""",
                DemoUsers.ALL.size(), DemoUsers.PASSWORD);
        List<UserDetails> users = DemoUsers.ALL.stream()
                .map(caller -> User.withUsername(caller.userId())
                        // As it is: the demo password is public by contract (PublicPassword).
                        .password(DemoUsers.PASSWORD)
                        .authorities(Callers.authorities(caller.roles()).toArray(String[]::new))
                        .build())
                .toList();
        return new MapReactiveUserDetailsService(users);
    }

    private static Converter<Jwt, Mono<AbstractAuthenticationToken>> rolesFromClaims() {
        return jwt -> Mono.just(new JwtAuthenticationToken(jwt,
                Callers.authorities(Callers.fromClaims(jwt).roles()).stream().map(SimpleGrantedAuthority::new).toList(),
                jwt.getSubject()));
    }
}
