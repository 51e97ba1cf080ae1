package io.partnerportal.onboarding.platform.web;

/** Ends a request with a ready-made problem (404, 409, 412, ...). */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
