package org.archivist.ingest.fetch;

import java.io.ByteArrayOutputStream;

/**
 * Brotli streams (RFC 7932) built by hand, since no brotli encoder is on the classpath: any bytes as uncompressed
 * meta-blocks, and a run of zeros as one compressed meta-block of about 16 bytes: a literal zero, then a copy of the
 * byte before (distance 1) for the rest of the run.
 */
final class BrotliStreams {

    private static final int MAX_UNCOMPRESSED_BLOCK = 1 << 16;

    private BrotliStreams() {
    }

    static byte[] uncompressed(byte[] data) {
        Bits bits = new Bits();
        bits.write(0, 1); // WBITS: a 64 KiB window
        for (int start = 0; start < data.length; start += MAX_UNCOMPRESSED_BLOCK) {
            int length = Math.min(MAX_UNCOMPRESSED_BLOCK, data.length - start);
            bits.write(0, 1); // ISLAST: an uncompressed meta-block is never the last
            bits.write(0, 2); // MNIBBLES: 4
            bits.write(length - 1, 16); // MLEN - 1
            bits.write(1, 1); // ISUNCOMPRESSED
            bits.padToByte();
            bits.writeBytes(data, start, length);
        }
        bits.write(1, 1); // ISLAST
        bits.write(1, 1); // ISLASTEMPTY
        bits.padToByte();
        return bits.toByteArray();
    }

    /** {@code length} zero bytes, for 2,119 to 16 MiB (one meta-block; the copy length code used starts at 2,118). */
    static byte[] zeros(int length) {
        if (length < 2119 || length > 1 << 24) {
            throw new IllegalArgumentException("length " + length);
        }
        Bits bits = new Bits();
        bits.write(0, 1); // WBITS: a 64 KiB window
        bits.write(1, 1); // ISLAST
        bits.write(0, 1); // ISLASTEMPTY
        int nibbles = length - 1 < 1 << 16 ? 4 : length - 1 < 1 << 20 ? 5 : 6;
        bits.write(nibbles - 4, 2); // MNIBBLES
        bits.write(length - 1, nibbles * 4); // MLEN - 1
        bits.write(0, 1); // NBLTYPESL = 1
        bits.write(0, 1); // NBLTYPESI = 1
        bits.write(0, 1); // NBLTYPESD = 1
        bits.write(0, 2); // NPOSTFIX
        bits.write(0, 4); // NDIRECT
        bits.write(0, 2); // the literal context mode
        bits.write(0, 1); // NTREESL = 1
        bits.write(0, 1); // NTREESD = 1
        // Three simple prefix codes of one symbol each, which then take no bits at all to read.
        singleSymbol(bits, 0, 8); // literal: byte 0
        singleSymbol(bits, 399, 10); // insert-and-copy: insert code 1 (one literal), copy code 23, explicit distance
        singleSymbol(bits, 16, 6); // distance code 16: 1 + one extra bit
        // The one command: its copy length extra bits (2,118 + 24 bits), its literal (no bits), distance extra bit 0.
        bits.write(length - 1 - 2118, 24);
        bits.write(0, 1);
        bits.padToByte();
        return bits.toByteArray();
    }

    private static void singleSymbol(Bits bits, int symbol, int alphabetBits) {
        bits.write(1, 2); // HSKIP 1: a simple prefix code
        bits.write(0, 2); // NSYM - 1
        bits.write(symbol, alphabetBits);
    }

    /** Bits packed from the least significant end of each byte, as brotli (like deflate) reads them. */
    private static final class Bits {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void write(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= ((value >>> i) & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        void padToByte() {
            if (used > 0) {
                write(0, 8 - used);
            }
        }

        void writeBytes(byte[] data, int start, int length) {
            out.write(data, start, length);
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
