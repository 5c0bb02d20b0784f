#pragma once
// Builds typed events from gateway dispatches (the counterpart of hikari's
// EventFactoryImpl). Unknown dispatch names become RawDispatchEvent, never an error.

#include <hikari/events/event.hpp>
#include <hikari/model/json_error.hpp>

#include <hikari/core/snowflake.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hikari {

namespace events_detail {
class DispatchFields;
}

/// The event types a dispatch called `name` may become (MESSAGE_CREATE: the guild and the DM
/// message create events); RawDispatchEvent for names without a typed event.
[[nodiscard]] std::span<const EventTypeInfo* const> event_types_for_dispatch(
    std::string_view name) noexcept;

/// Every dispatch name with a typed event, sorted (what hikari-inspect --list shows).
[[nodiscard]] std::vector<std::string_view> typed_dispatch_names();

/// Bytes that must be readable after a padded payload (as GatewayDispatch guarantees).
inline constexpr std::size_t dispatch_padding = 64;

class EventFactory {
  public:
    /// Builds the event for one dispatch. `payload` is the whole payload text
    /// {"op":0,"t":..,"s":..,"d":{..}}; when `padded`, dispatch_padding bytes after it must be
    /// readable (GatewayDispatch::payload is), else it is copied first. `data` may name the
    /// `d` object's text within a padded payload when the caller already knows it
    /// (GatewayDispatch::data), which saves a pass over the payload. Throws ParseError
    /// (JsonError for model fields) when the payload is malformed.
    ///
    /// Keeps per-shard state: guilds announced unavailable in READY or by GUILD_DELETE become
    /// GuildAvailableEvent on their next GUILD_CREATE, other guilds GuildJoinEvent.
    [[nodiscard]] std::shared_ptr<Event> build(std::string_view name, std::string_view payload,
                                               unsigned shard_id = 0, bool padded = true,
                                               std::string_view data = {});

    /// As build(), but a malformed payload is logged (hikari.event_factory) and yields null.
    [[nodiscard]] std::shared_ptr<Event> try_build(std::string_view name, std::string_view payload,
                                                   unsigned shard_id = 0, bool padded = true,
                                                   std::string_view data = {}) noexcept;

    /// Keeps the per-shard state up to date from a dispatch that is not built (nobody wants
    /// its event), so later GUILD_CREATEs are still told apart. Reads only ids, and only for
    /// READY, GUILD_CREATE and GUILD_DELETE; ignores everything else. Throws ParseError like
    /// build().
    void observe(std::string_view name, std::string_view payload, bool padded = true,
                 unsigned shard_id = 0, std::string_view data = {});

    /// The ShardPayloadEvent of one dispatch (a copy of its text); build it only when
    /// EventManager::is_wanted<ShardPayloadEvent>().
    [[nodiscard]] static std::shared_ptr<Event> build_payload_event(std::string_view name,
                                                                    std::uint64_t sequence,
                                                                    std::string_view payload,
                                                                    unsigned shard_id = 0);

    /// The bot set as Event::app on every event built from now on.
    void set_app(GatewayBot* app) noexcept { app_ = app; }

    /// Whether a GUILD_CREATE for this guild will be reported as available (not a join).
    [[nodiscard]] bool is_awaited(Snowflake guild_id) const noexcept {
        return unavailable_guilds_.contains(guild_id);
    }

  private:
    static std::shared_ptr<Event> build_resumed_event(unsigned shard_id);
    void observe_fields(events_detail::DispatchFields& d, unsigned shard_id, bool is_ready,
                        bool is_create);

    /// Guilds awaited as GUILD_CREATE, with the shard that announced them: each shard's
    /// READY replaces only its own.
    std::unordered_map<Snowflake, unsigned> unavailable_guilds_;
    GatewayBot* app_ = nullptr;
};

}  // namespace hikari
