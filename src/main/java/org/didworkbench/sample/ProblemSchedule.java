package org.didworkbench.sample;

import java.util.SplittableRandom;

/**
 * Decides which record carries which problem. Records are taken in blocks of {@value #BLOCK};
 * each block holds exactly {@link Problem#perThousand()} records of every kind, at positions
 * shuffled by a random stream derived from the seed and the block number. Placement is therefore
 * deterministic, the rates are exact for whole blocks, and memory stays constant.
 */
final class ProblemSchedule {
    static final int BLOCK = 1000;

    private final long seed;
    private final boolean active;
    private final Problem[] slots = new Problem[BLOCK];
    private final int[] positions = new int[BLOCK];
    private long loadedBlock = -1;

    ProblemSchedule(long seed, ProblemMix mix) {
        this.seed = seed;
        this.active = mix == ProblemMix.REALISTIC;
    }

    /** The problem for the record at this 0-based index, or null for a clean record. */
    Problem at(long index) {
        if (!active) {
            return null;
        }
        long block = index / BLOCK;
        if (block != loadedBlock) {
            load(block);
        }
        return slots[(int) (index % BLOCK)];
    }

    private void load(long block) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + block);
        for (int i = 0; i < BLOCK; i++) {
            positions[i] = i;
        }
        for (int i = BLOCK - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = positions[i];
            positions[i] = positions[j];
            positions[j] = t;
        }
        java.util.Arrays.fill(slots, null);
        int next = 0;
        for (Problem p : Problem.values()) {
            for (int k = 0; k < p.perThousand(); k++) {
                slots[positions[next++]] = p;
            }
        }
        if (block == 0 && slots[0] != null) {
            // the first record is always clean, so a duplicate accession always has one to copy
            for (int i = 1; i < BLOCK; i++) {
                if (slots[i] == null) {
                    slots[i] = slots[0];
                    slots[0] = null;
                    break;
                }
            }
        }
        loadedBlock = block;
    }
}
