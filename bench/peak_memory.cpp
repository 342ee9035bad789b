// How much heap reading a dossier takes, against the size of the dossier read: the peak of
// the heap in use while reading, above what was in use before, divided by what stays in use
// afterwards (the value itself). A reader that builds nothing but the value has a ratio a
// little above 1; one that first builds a whole JSON document in memory has a larger one.
//
//   peak_memory [megabytes] [file]
//
// reads `file`, or else a corpus of about `megabytes` (100 unless given) built in memory
// (corpus.hpp), with communique::read and with nlohmann::json::parse followed by
// get<Dossier>(), and prints the figures and the ratios.
//
// Heap use is counted by replacing the global operator new and operator delete: every
// block is counted at the size that malloc_usable_size gives for it (what the allocator
// really hands out, without its own bookkeeping). Memory obtained with malloc directly is
// not seen; none of the code measured does that.
#include "corpus.hpp"

#include <communique/communique.hpp>

#include <nlohmann/json.hpp>

#include <malloc.h>

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <new>
#include <sstream>
#include <string>

namespace {

struct HeapCount {
    std::size_t live = 0; // bytes in blocks allocated and not yet freed
    std::size_t peak = 0; // the most `live` has been since the last reset
};

HeapCount heap;

void* allocate(std::size_t size, std::size_t alignment)
{
    size = size == 0 ? 1 : size;
    void* block = alignment <= alignof(std::max_align_t)
                      ? std::malloc(size)
                      : std::aligned_alloc(alignment, (size + alignment - 1) / alignment * alignment);
    if (block == nullptr) {
        throw std::bad_alloc();
    }
    heap.live += malloc_usable_size(block);
    heap.peak = heap.live > heap.peak ? heap.live : heap.peak;
    return block;
}

void release(void* block) noexcept
{
    if (block != nullptr) {
        heap.live -= malloc_usable_size(block);
        std::free(block);
    }
}

} // namespace

void* operator new(std::size_t size)
{
    return allocate(size, 0);
}
void* operator new[](std::size_t size)
{
    return allocate(size, 0);
}
void* operator new(std::size_t size, std::align_val_t alignment)
{
    return allocate(size, static_cast<std::size_t>(alignment));
}
void* operator new[](std::size_t size, std::align_val_t alignment)
{
    return allocate(size, static_cast<std::size_t>(alignment));
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept
{
    try {
        return allocate(size, 0);
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept
{
    try {
        return allocate(size, 0);
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}
void operator delete(void* block) noexcept
{
    release(block);
}
void operator delete[](void* block) noexcept
{
    release(block);
}
void operator delete(void* block, std::size_t) noexcept
{
    release(block);
}
void operator delete[](void* block, std::size_t) noexcept
{
    release(block);
}
void operator delete(void* block, std::align_val_t) noexcept
{
    release(block);
}
void operator delete[](void* block, std::align_val_t) noexcept
{
    release(block);
}
void operator delete(void* block, std::size_t, std::align_val_t) noexcept
{
    release(block);
}
void operator delete[](void* block, std::size_t, std::align_val_t) noexcept
{
    release(block);
}
void operator delete(void* block, const std::nothrow_t&) noexcept
{
    release(block);
}
void operator delete[](void* block, const std::nothrow_t&) noexcept
{
    release(block);
}

namespace {

struct Footprint {
    std::size_t peak = 0;  // the most heap in use while reading, above what was in use before
    std::size_t value = 0; // the heap in use after reading, above what was in use before
    double seconds = 0;
};

// Reads with `read`, which returns the value read; the value is freed before returning.
template <class Read>
Footprint footprint(Read read)
{
    const std::size_t before = heap.live;
    heap.peak = heap.live;
    const auto start = std::chrono::steady_clock::now();
    Footprint result;
    {
        const communique::Dossier dossier = read();
        result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        result.value = heap.live - before;
        result.peak = heap.peak - before;
    }
    if (heap.live != before) {
        std::cerr << "the heap in use did not come back to what it was before reading\n";
        std::exit(EXIT_FAILURE);
    }
    return result;
}

double megabytes(std::size_t bytes)
{
    return static_cast<double>(bytes) / 1e6;
}

void print(const char* route, const Footprint& result, std::size_t text_bytes)
{
    std::printf("| %-30s | %9.1f | %9.1f | %14.2f | %13.2f | %7.2f |\n", route, megabytes(result.peak),
                megabytes(result.value), static_cast<double>(result.peak) / static_cast<double>(result.value),
                static_cast<double>(result.peak) / static_cast<double>(text_bytes), result.seconds);
}

} // namespace

int main(int argc, char** argv)
{
    std::string text;
    if (argc > 2) {
        std::ifstream file(argv[2], std::ios::binary);
        if (!file) {
            std::cerr << "cannot open " << argv[2] << '\n';
            return EXIT_FAILURE;
        }
        text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    } else {
        const double size = argc > 1 ? std::stod(argv[1]) : 100.0;
        text = communique::write(bench::make_corpus(static_cast<std::size_t>(size * 1e6)));
    }

    // One reading of each beforehand, so that what the first reading would set up once (and
    // keep) is not counted as part of a value.
    static_cast<void>(communique::read<communique::Dossier>(text));
    static_cast<void>(nlohmann::json::parse(text).get<communique::Dossier>());

    const Footprint communique_read = footprint([&] { return communique::read<communique::Dossier>(text); });
    const Footprint nlohmann_read = footprint([&] { return nlohmann::json::parse(text).get<communique::Dossier>(); });

    std::printf("corpus: %.1f MB of JSON text; MB are 10^6 bytes\n\n", megabytes(text.size()));
    std::printf("| %-30s | %9s | %9s | %14s | %13s | %7s |\n", "route", "peak MB", "value MB", "peak / value",
                "peak / text", "seconds");
    std::printf("|%s|%s:|%s:|%s:|%s:|%s:|\n", std::string(32, '-').c_str(), std::string(10, '-').c_str(),
                std::string(10, '-').c_str(), std::string(15, '-').c_str(), std::string(14, '-').c_str(),
                std::string(8, '-').c_str());
    print("communique::read", communique_read, text.size());
    print("nlohmann parse + get<Dossier>", nlohmann_read, text.size());
    return EXIT_SUCCESS;
}
