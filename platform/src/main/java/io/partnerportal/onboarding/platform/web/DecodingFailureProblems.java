package io.partnerportal.onboarding.platform.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * Gives a problem body to the answers Reactor Netty writes itself, before Spring sees the request: a
 * request line longer than the server reads (414), header fields larger than it reads (431), and a
 * request line or header line it cannot parse (400). Reactor Netty writes those as a full response with
 * no body and no type, and closes the connection; a handler just after the HTTP codec fills in the body
 * on its way out. Spring's own answers always have a type, so they pass untouched.
 */
@Component
class DecodingFailureProblems implements NettyServerCustomizer {

    private static final String HANDLER = "onboarding.decodingFailureProblems";

    private final Map<Integer, byte[]> bodies;

    DecodingFailureProblems(JsonMapper json,
                            @Value("${server.netty.max-initial-line-length:4KB}") DataSize maxRequestLine,
                            @Value("${server.max-http-request-header-size:8KB}") DataSize maxHeaders) {
        this.bodies = Map.of(
                414, json.writeValueAsBytes(Problem.of(HttpStatus.URI_TOO_LONG, "URI_TOO_LONG",
                        "The request line (method, path and query) must be at most " + maxRequestLine.toBytes()
                                + " bytes; shorten the path or the query.")),
                431, json.writeValueAsBytes(Problem.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                        "REQUEST_HEADER_FIELDS_TOO_LARGE", "The request's header fields must be at most "
                                + maxHeaders.toBytes() + " bytes in all; send fewer or shorter headers.")),
                400, json.writeValueAsBytes(Problem.of(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                        "The request is not well-formed HTTP: its request line or a header line cannot be read.")));
    }

    @Override
    public HttpServer apply(HttpServer server) {
        var handler = new ProblemBodies(bodies);
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER, handler);
            }
        });
    }

    /** Fills an empty, untyped response of a decoding failure's status with its problem body. */
    @ChannelHandler.Sharable
    private static final class ProblemBodies extends ChannelOutboundHandlerAdapter {

        private final Map<Integer, byte[]> bodies;

        ProblemBodies(Map<Integer, byte[]> bodies) {
            this.bodies = bodies;
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
            byte[] body = message instanceof FullHttpResponse response && !response.content().isReadable()
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
                    ? bodies.get(response.status().code()) : null;
            if (body == null) {
                context.write(message, promise);
                return;
            }
            FullHttpResponse empty = (FullHttpResponse) message;
            FullHttpResponse problem = empty.replace(Unpooled.wrappedBuffer(body));
            empty.release();
            problem.headers().set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            context.write(problem, promise);
        }
    }
}
