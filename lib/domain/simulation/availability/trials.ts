// Its own module so the designer's page can read it without loading the engine (which runs in a worker).

/**
 * Monte Carlo trials wherever the product shows a design's availability (designer, compliance report, version
 * diff, `meridian simulate` unless --trials says otherwise), so every view of one design shows the same figure:
 * about 0.25 s on a 100-region design on three clouds, with a 95% interval of about +-0.4 minutes a year there.
 * Designs with few enough failure events are enumerated exactly and never sampled.
 */
export const PRODUCT_AVAILABILITY_TRIALS = 200_000;
