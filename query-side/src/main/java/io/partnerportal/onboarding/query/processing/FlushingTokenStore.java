package io.partnerportal.onboarding.query.processing;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

import java.util.List;
import java.util.Optional;

/**
 * A token store that makes the projections' {@link PendingWrites} before it stores a token. The read models and
 * the tokens are in MongoDB without a transaction across them, so the order is what keeps them consistent: the
 * pooled processor stores a batch's token as the first step of the batch's commit, before anything a handler
 * asked for, and only this store's {@link #storeToken} sits between the handlers' writes and the token.
 */
final class FlushingTokenStore implements TokenStore {

    private final TokenStore tokens;

    FlushingTokenStore(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        PendingWrites.flushHeld();
        tokens.storeToken(token, processorName, segment);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        tokens.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        tokens.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        return tokens.fetchToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        return tokens.fetchToken(processorName, segment);
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        tokens.extendClaim(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        tokens.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        tokens.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        tokens.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return tokens.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return tokens.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return tokens.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return tokens.retrieveStorageIdentifier();
    }
}
