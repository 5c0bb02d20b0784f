#pragma once
// Feeding dispatch JSON through dispatch_gateway_event into a MemoryCache, and realistic
// payloads for the cache tests.

#include <hikari/core/config.hpp>

#include "../events/event_test_support.hpp"

#include <hikari/cache/memory_cache.hpp>
#include <hikari/events/events.hpp>
#include <hikari/model/entity_factory.hpp>

#include <gtest/gtest.h>

#include <string>

namespace hikari::test {

class CacheTest : public ::testing::Test {
  protected:
    /// Feeds one dispatch (its `d` as JSON text) to the cache through the real dispatch path,
    /// as the bot does: a padded payload with the span of its `d` known (GatewayDispatch).
    void feed(const std::string& name, const std::string& d) {
        std::string buffer =
            R"({"op":0,"t":")" + name + R"(","s":)" + std::to_string(++sequence_) + R"(,"d":)";
        const std::size_t d_at = buffer.size();
        buffer += d + "}";
        const std::size_t size = buffer.size();
        buffer.append(dispatch_padding, ' ');
        const std::string_view payload(buffer.data(), size);
        auto task = dispatch_gateway_event(manager, factory, name, sequence_, payload, 0, true,
                                           cache.get(), payload.substr(d_at, d.size()));
        // The text is gone before the task runs: the cache must have copied what it keeps.
        buffer.assign(buffer.size(), 'x');
        run(io, std::move(task));
    }
    /// As feed, with an unpadded payload and no `d` span: the event factory finds `d` itself
    /// and the cache gets no text to keep.
    void feed_unpadded(const std::string& name, const std::string& d) {
        std::string payload = R"({"op":0,"t":")" + name + R"(","s":)" +
                              std::to_string(++sequence_) + R"(,"d":)" + d + "}";
        auto task = dispatch_gateway_event(manager, factory, name, sequence_, payload, 0, false,
                                           cache.get());
        payload.assign(payload.size(), 'x');
        run(io, std::move(task));
    }

    void reset(CacheSettings settings) { cache = std::make_unique<MemoryCache>(settings); }

    boost::asio::io_context io;
    EventManager manager{io, Intents::all()};
    EventFactory factory;
    std::unique_ptr<MemoryCache> cache = std::make_unique<MemoryCache>();

  private:
    std::uint64_t sequence_ = 0;
};

inline std::string user_json(std::uint64_t id, const std::string& name,
                             const std::string& extra = "") {
    return R"({"id":")" + std::to_string(id) + R"(","username":")" + name +
           R"(","discriminator":"0","global_name":")" + name +
           R"( Display","avatar":"0123456789abcdef0123456789abcdef","public_flags":64,)"
           R"("avatar_decoration_data":null,"banner":null,"accent_color":null)" +
           extra + "}";
}

inline std::string member_json(std::uint64_t user, const std::string& name,
                               const std::string& roles = "[]", const std::string& extra = "") {
    return R"({"user":)" + user_json(user, name) + R"(,"nick":null,"avatar":null,"roles":)" +
           roles +
           R"(,"joined_at":"2021-03-04T05:06:07.891000+00:00","premium_since":null,"deaf":false,)"
           R"("mute":false,"pending":false,"flags":0,"communication_disabled_until":null)" +
           extra + "}";
}

inline std::string role_json(std::uint64_t id, const std::string& name, int position) {
    return R"({"id":")" + std::to_string(id) + R"(","name":")" + name +
           R"(","color":3447003,"hoist":true,"icon":null,"unicode_emoji":null,"position":)" +
           std::to_string(position) +
           R"(,"permissions":"1071698660929","managed":false,"mentionable":false,"flags":0})";
}

inline std::string channel_json(std::uint64_t id, const std::string& name, int position,
                                const std::string& extra = "") {
    return R"({"id":")" + std::to_string(id) + R"(","type":0,"name":")" + name +
           R"(","position":)" + std::to_string(position) +
           R"(,"permission_overwrites":[],"topic":null,"nsfw":false,"last_message_id":null,)"
           R"("rate_limit_per_user":0,"parent_id":null)" +
           extra + "}";
}

inline std::string thread_json(std::uint64_t id, std::uint64_t parent, const std::string& name,
                               const std::string& extra = "") {
    return R"({"id":")" + std::to_string(id) + R"(","type":11,"name":")" + name +
           R"(","parent_id":")" + std::to_string(parent) +
           R"(","owner_id":"1","message_count":1,"member_count":1,"rate_limit_per_user":0,)"
           R"("thread_metadata":{"archived":false,"auto_archive_duration":1440,)"
           R"("archive_timestamp":"2024-01-01T00:00:00+00:00","locked":false})" +
           extra + "}";
}

inline std::string emoji_json(std::uint64_t id, const std::string& name) {
    return R"({"id":")" + std::to_string(id) + R"(","name":")" + name +
           R"(","roles":[],"require_colons":true,"managed":false,"animated":false,)"
           R"("available":true})";
}

inline std::string sticker_json(std::uint64_t id, std::uint64_t guild, const std::string& name) {
    return R"({"id":")" + std::to_string(id) + R"(","name":")" + name +
           R"(","description":null,"tags":"smile","type":2,"format_type":1,"available":true,)"
           R"("guild_id":")" +
           std::to_string(guild) + R"("})";
}

inline std::string presence_json(std::uint64_t user, const std::string& status,
                                 const std::string& guild = "") {
    std::string out = R"({"user":{"id":")" + std::to_string(user) + R"("},"status":")" + status +
                      R"(","activities":[{"name":"chess","type":0,"created_at":1700000000000}],)"
                      R"("client_status":{"desktop":")" +
                      status + R"("})";
    if (!guild.empty()) out += R"(,"guild_id":")" + guild + "\"";
    return out + "}";
}

inline std::string voice_json(std::uint64_t user, const std::string& channel,
                              const std::string& guild = "") {
    std::string out = R"({"channel_id":)" + channel + R"(,"user_id":")" + std::to_string(user) +
                      R"(","session_id":"abc","deaf":false,"mute":false,"self_deaf":false,)"
                      R"("self_mute":true,"self_video":false,"suppress":false,)"
                      R"("request_to_speak_timestamp":null)";
    if (!guild.empty()) out += R"(,"guild_id":")" + guild + "\"";
    return out + "}";
}

/// A GUILD_CREATE `d` with the given lists (JSON arrays).
inline std::string guild_json(std::uint64_t id, const std::string& name,
                              const std::string& roles = "[]", const std::string& channels = "[]",
                              const std::string& members = "[]", const std::string& extra = "") {
    return R"({"id":")" + std::to_string(id) + R"(","name":")" + name +
           R"(","icon":null,"splash":null,"discovery_splash":null,"owner_id":"1",)"
           R"("afk_channel_id":null,"afk_timeout":300,"verification_level":0,)"
           R"("default_message_notifications":0,"explicit_content_filter":0,"roles":)" +
           roles +
           R"(,"emojis":[],"features":["COMMUNITY"],"mfa_level":0,"application_id":null,)"
           R"("system_channel_id":null,"system_channel_flags":0,"rules_channel_id":null,)"
           R"("vanity_url_code":null,"description":null,"banner":null,"premium_tier":0,)"
           R"("preferred_locale":"en-US","public_updates_channel_id":null,"nsfw_level":0,)"
           R"("premium_progress_bar_enabled":false,"stickers":[],)"
           R"("joined_at":"2020-01-01T00:00:00+00:00","large":false,"unavailable":false,)"
           R"("member_count":)" +
           std::to_string(id % 100) + R"(,"channels":)" + channels + R"(,"threads":[],"members":)" +
           members +
           R"(,"presences":[],"voice_states":[],"stage_instances":[],)"
           R"("guild_scheduled_events":[])" +
           extra + "}";
}

inline std::string message_json(std::uint64_t id, std::uint64_t channel, std::uint64_t author,
                                const std::string& content, const std::string& guild = "") {
    std::string out = R"({"id":")" + std::to_string(id) + R"(","channel_id":")" +
                      std::to_string(channel) + R"(","author":)" + user_json(author, "author") +
                      R"(,"content":")" + content +
                      R"(","timestamp":"2024-05-06T07:08:09.123000+00:00","edited_timestamp":null,)"
                      R"("tts":false,"mention_everyone":false,"mentions":[],"mention_roles":[],)"
                      R"("attachments":[],"embeds":[],"pinned":false,"type":0)";
    if (!guild.empty()) out += R"(,"guild_id":")" + guild + "\"";
    return out + "}";
}

inline std::string ready_json(std::uint64_t me, const std::string& guild_ids) {
    return R"({"v":10,"user":)" + user_json(me, "bot", R"(,"bot":true,"verified":true)") +
           R"(,"guilds":)" + guild_ids +
           R"(,"session_id":"s","resume_gateway_url":"ws://x",)"
           R"("application":{"id":"1","flags":0}})";
}

}  // namespace hikari::test
