/*
 * swar.h: eight bytes at a time ("SIMD within a register"): yes/no tests
 * of a word of eight bytes, so that a scan can step over the words that
 * hold no byte it stops at (the bit-twiddling hacks' "haszero" family:
 * the answer is exact, which byte gave it is the byte loop's to find),
 * and masks with bit 7 set in exactly the bytes that match, which a
 * count can add up.  None depends on the byte order.
 *
 *	while (i + 8 <= n && !swar_below(swar_load(s + i), 0x21))
 *		i += 8;		(no space, tab or line end in s[i, i+8))
 */
#ifndef TX_SWAR_H
#define TX_SWAR_H

#include <stdint.h>
#include <string.h>

#define SWAR_ONES	0x0101010101010101ULL
#define SWAR_HIGHS	0x8080808080808080ULL

/* The eight bytes at p, as one word (any alignment). */
static inline uint64_t
swar_load(const void *p)
{
	uint64_t x;

	memcpy(&x, p, 8);
	return x;
}

/* Nonzero when some byte of x is below c (c <= 0x80). */
static inline uint64_t
swar_below(uint64_t x, unsigned c)
{
	return (x - SWAR_ONES * c) & ~x & SWAR_HIGHS;
}

/* Nonzero when some byte of x is c. */
static inline uint64_t
swar_has(uint64_t x, unsigned char c)
{
	return swar_below(x ^ (SWAR_ONES * c), 1);
}

/* Nonzero when some byte of x is ASCII (below 0x80). */
static inline uint64_t
swar_ascii(uint64_t x)
{
	return ~x & SWAR_HIGHS;
}

/* Bit 7 set in each byte of x that is c, and only there (no borrow
 * crosses bytes: an exact mask, where swar_has only says yes or no). */
static inline uint64_t
swar_eq(uint64_t x, unsigned char c)
{
	uint64_t w = x ^ (SWAR_ONES * c), low7 = SWAR_ONES * 0x7F;

	return ~(((w & low7) + low7) | w) & SWAR_HIGHS;
}

/* Bit 7 set in each byte of x that is a UTF-8 continuation byte
 * (10xxxxxx), and only there. */
static inline uint64_t
swar_cont(uint64_t x)
{
	return x & ~(x << 1) & SWAR_HIGHS;
}

#endif
