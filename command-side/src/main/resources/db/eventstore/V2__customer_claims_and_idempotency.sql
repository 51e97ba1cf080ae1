-- What must be unique across customers, claimed in the same transaction as the events that need it:
-- DOMAIN_PREFIX -> the lower-case prefix; REGISTRATION_ID -> '<country>:<normalised id>'.
CREATE TABLE customer_claim (
    claim_type  VARCHAR(32)  NOT NULL,
    claim_key   VARCHAR(300) NOT NULL,
    customer_id VARCHAR(64)  NOT NULL,
    domain_prefix VARCHAR(64) NOT NULL,
    CONSTRAINT customer_claim_pk PRIMARY KEY (claim_type, claim_key)
);
CREATE INDEX customer_claim_by_customer ON customer_claim (customer_id);

-- The first answer to each (caller, Idempotency-Key): a retry with the same request gets it again and
-- changes nothing; the same key with another request is refused.
CREATE TABLE idempotency_record (
    caller          VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    outcome         TEXT         NOT NULL,
    recorded_at     TIMESTAMP    NOT NULL,
    CONSTRAINT idempotency_record_pk PRIMARY KEY (caller, idempotency_key)
);
