#include "model_fuzz_entry.hpp"

#include "gateway/envelope.hpp"

#include <hikari/core/errors_base.hpp>
#include <hikari/events/event.hpp>
#include <hikari/events/event_factory.hpp>
#include <hikari/model/entity_factory.hpp>
#include <hikari/model/model_registry.hpp>

#include <array>
#include <stdexcept>
#include <string_view>

namespace hikari::fuzz {

namespace {

// Dispatches whose builders read the most varied shapes (lists of models, partial models,
// ids only, per-shard state).
constexpr std::array<std::string_view, 14> dispatches{
    "READY",
    "GUILD_CREATE",
    "GUILD_DELETE",
    "GUILD_MEMBER_ADD",
    "GUILD_MEMBER_UPDATE",
    "GUILD_MEMBERS_CHUNK",
    "MESSAGE_CREATE",
    "MESSAGE_UPDATE",
    "MESSAGE_REACTION_ADD",
    "INTERACTION_CREATE",
    "PRESENCE_UPDATE",
    "THREAD_LIST_SYNC",
    "VOICE_STATE_UPDATE",
    "GUILD_AUDIT_LOG_ENTRY_CREATE",
};

void check_model(const ModelCodec& codec, std::string_view json) {
    std::string written;
    try {
        written = codec.reformat(json);
    } catch (const ParseError&) {
        return;  // bad input, reported as it should be
    }
    // What the writer produced must read back into the same model (same text again).
    std::string again;
    try {
        again = codec.reformat(written);
    } catch (const ParseError& e) {
        throw std::logic_error(std::string(codec.name) + ": written JSON does not read back (" +
                               e.what() + "): " + written);
    }
    if (again != written) {
        throw std::logic_error(std::string(codec.name) + ": round trip changed " + written +
                               " into " + again);
    }
}

void check_event(std::string_view name, std::string_view d) {
    std::string payload = R"({"op":0,"s":1,"t":")";
    payload += name;
    payload += R"(","d":)";
    payload += d;
    payload += '}';
    EventFactory factory;
    try {
        factory.observe(name, payload, false);
    } catch (const ParseError&) {
    }
    try {
        const auto event = factory.build(name, payload, 0, false);
        if (event) (void)event->event_type().name;
    } catch (const ParseError&) {
    }
    // As the shard hands a dispatch on: the envelope read by the structural walker, which
    // offers its index of `d` to the event's model read.
    const std::size_t size = payload.size();
    payload.append(json_padding, ' ');
    try {
        const auto envelope = gateway::read_envelope(std::string_view(payload.data(), size));
        const auto event =
            factory.build(name, std::string_view(payload.data(), size), 0, true, envelope.data);
        if (event) (void)event->event_type().name;
    } catch (const ParseError&) {
    }
    json::withdraw_offered_index();
}

}  // namespace

std::size_t target_count() noexcept {
    return model_codecs().size() + dispatches.size();
}

std::string target_name(std::size_t index) {
    const auto models = model_codecs();
    if (index < models.size()) return "model:" + std::string(models[index].name);
    return "event:" + std::string(dispatches.at(index - models.size()));
}

void feed(std::span<const std::uint8_t> input) {
    if (input.empty()) return;
    const std::size_t target = input[0] % target_count();
    const std::string_view json(reinterpret_cast<const char*>(input.data() + 1), input.size() - 1);
    const auto models = model_codecs();
    if (target < models.size()) {
        check_model(models[target], json);
    } else {
        check_event(dispatches[target - models.size()], json);
    }
}

}  // namespace hikari::fuzz
