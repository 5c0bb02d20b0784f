// hikari-bench-model: how fast the model layer turns JSON into typed models, beside simdjson
// merely parsing the same bytes into its DOM, measured interleaved in the same run; and what
// a Member (with its User) and a Message cost in memory.
//
// Payloads (apps/bench/payloads.hpp): the `d` object of a ~1 KB MESSAGE_CREATE and of a
// GUILD_CREATE with 1 000 members. Every figure is the median of RUNS passes (min – max).
// Heap bytes are counted by this binary's own operator new.
//
// Usage: hikari-bench-model [--smoke] [--runs N]

#include <hikari/model/entity_factory.hpp>
#include <hikari/model/guild.hpp>
#include <hikari/model/member.hpp>
#include <hikari/model/message.hpp>

#include "payloads.hpp"
#include "summary.hpp"

#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// ---- allocation counting ------------------------------------------------------------------

struct Counter {
    bool on = false;
    std::size_t allocations = 0;
    std::size_t bytes = 0;
};
Counter counter;  // single-threaded benchmark

struct Counting {
    Counting() { counter = {true, 0, 0}; }
    ~Counting() { counter.on = false; }
    Counting(const Counting&) = delete;
    Counting& operator=(const Counting&) = delete;
};

}  // namespace

void* operator new(std::size_t size) {
    if (counter.on) {
        ++counter.allocations;
        counter.bytes += size;
    }
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
    return ::operator new(size);
}
// The nothrow forms too (simdjson allocates with them): every form must pair with the
// replaced deletes below, or ASan sees its own operator new freed with free().
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return ::operator new(size);
    } catch (...) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    return ::operator new(size, std::nothrow);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    std::free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
    std::free(p);
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete[](void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    std::free(p);
}

namespace {

using Clock = std::chrono::steady_clock;
using hikari::bench::median_range;
using hikari::bench::summarise;
using hikari::bench::Summary;

// The `d` object of a payload built as {"op":0,"t":..,"s":..,"d":<d>}.
std::string d_of(const std::string& payload) {
    const auto start = payload.find(R"("d":)") + 4;
    return payload.substr(start, payload.size() - start - 1);
}

template <class F>
double seconds_for(std::size_t iterations, F&& body) {
    const auto start = Clock::now();
    for (std::size_t i = 0; i < iterations; ++i) body();
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Case {
    const char* label;
    std::string json;
    std::size_t iterations;  ///< per pass
    std::size_t objects;     ///< objects per document (members of a guild)
    const char* object_name;
};

struct Result {
    Summary dom_mbps, model_mbps, model_docs, ratio;
};

template <class Model>
Result measure(const Case& c, int runs) {
    const simdjson::padded_string padded(c.json);
    const std::string_view text(padded.data(), padded.size());
    simdjson::dom::parser dom;
    std::size_t sink = 0;
    // Warm up both (buffers sized, caches filled) and check the document reads.
    if (dom.parse(padded).error() != simdjson::SUCCESS) std::abort();
    sink += hikari::from_padded_json<Model>(text) == Model{} ? 0 : 1;

    std::vector<double> dom_mbps;
    std::vector<double> model_mbps;
    std::vector<double> model_docs;
    std::vector<double> ratio;
    const double megabytes =
        static_cast<double>(c.json.size()) * static_cast<double>(c.iterations) / 1e6;
    for (int r = 0; r < runs; ++r) {
        const double dom_s = seconds_for(c.iterations, [&] {
            simdjson::dom::element root;
            if (dom.parse(padded).get(root) != simdjson::SUCCESS) std::abort();
            sink += root.is_object() ? 1 : 0;
        });
        const double model_s = seconds_for(c.iterations, [&] {
            const auto model = hikari::from_padded_json<Model>(text);
            sink += sizeof model;
        });
        dom_mbps.push_back(megabytes / dom_s);
        model_mbps.push_back(megabytes / model_s);
        model_docs.push_back(static_cast<double>(c.iterations * c.objects) / model_s);
        ratio.push_back(100.0 * dom_s / model_s);
    }
    if (sink == 0) std::puts("");
    return {summarise(dom_mbps), summarise(model_mbps), summarise(model_docs), summarise(ratio)};
}

template <class T>
std::pair<std::size_t, std::size_t> heap_of_copy(const T& value) {
    const Counting counting;
    const T copy = value;
    (void)copy;
    return {counter.allocations, counter.bytes};
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 5;
    std::size_t scale = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--smoke") {
            runs = 1;
            scale = 0;
        } else if (arg == "--runs" && i + 1 < argc) {
            runs = std::atoi(argv[++i]);
        } else {
            std::fprintf(stderr, "usage: hikari-bench-model [--smoke] [--runs N]\n");
            return 2;
        }
    }
    std::mt19937_64 rng(7);
    using namespace hikari::bench::payloads;
    const Case message{"MESSAGE_CREATE d",
                       d_of(message_create(1'000'000'001ULL, 50'000'000ULL, rng)),
                       scale ? 40'000U : 200U, 1, "messages"};
    const Case guild{"GUILD_CREATE d, 1 000 members",
                     d_of(guild_create(7000, 1000, 80'000'000ULL, rng)), scale ? 60U : 2U, 1000,
                     "members"};

    const Result m = measure<hikari::Message>(message, runs);
    const Result g = measure<hikari::Guild>(guild, runs);

    std::printf("Model building vs simdjson DOM parse, %d runs; median (min – max)\n\n", runs);
    std::printf("| payload | bytes | DOM parse MB/s | models MB/s | objects/s | models / DOM |\n");
    std::printf("|---|---:|---:|---:|---:|---:|\n");
    auto row = [](const Case& c, const Result& r) {
        std::printf("| %s | %zu | %s | %s | %s %s | %s %% |\n", c.label, c.json.size(),
                    median_range(r.dom_mbps, 0).c_str(), median_range(r.model_mbps, 0).c_str(),
                    median_range(r.model_docs).c_str(), c.object_name,
                    median_range(r.ratio, 0).c_str());
    };
    row(message, m);
    row(guild, g);

    // Memory: what a copy of the parsed models allocates (its strings, vectors and boxes).
    const auto parsed_message = hikari::from_json<hikari::Message>(message.json);
    const auto parsed_guild = hikari::from_json<hikari::Guild>(guild.json);
    const auto [message_allocs, message_heap] = heap_of_copy(parsed_message);
    const auto [members_allocs, members_heap] = heap_of_copy(parsed_guild.members);
    const std::size_t member_count = parsed_guild.members.size();
    std::size_t parse_allocs = 0;
    {
        const Counting counting;
        (void)hikari::from_json<hikari::Message>(message.json);
        parse_allocs = counter.allocations;
    }

    std::printf("\n| object | sizeof | heap beyond sizeof | allocations |\n|---|---:|---:|---:|\n");
    std::printf("| Member (its User included) | %zu | %.0f | %.1f |\n", sizeof(hikari::Member),
                static_cast<double>(members_heap) / static_cast<double>(member_count) -
                    static_cast<double>(sizeof(hikari::Member)),
                static_cast<double>(members_allocs - 1) / static_cast<double>(member_count));
    std::printf("| User | %zu | | |\n", sizeof(hikari::User));
    std::printf("| Message (author, member, mention, embed) | %zu | %zu | %zu |\n",
                sizeof(hikari::Message), message_heap, message_allocs);
    std::printf("\nAllocations while reading one MESSAGE_CREATE d: %zu\n", parse_allocs);
    return 0;
}
