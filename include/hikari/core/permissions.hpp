#pragma once
// Permission bits of roles, overwrites and interactions.
// See docs/topics/permissions.mdx "Bitwise Permission Flags".

#include <hikari/core/errors_base.hpp>

#include <fmt/core.h>

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace hikari {

class Permissions {
  public:
    constexpr Permissions() noexcept = default;
    /// Keeps every bit, including ones this version does not know about.
    constexpr explicit Permissions(std::uint64_t value) noexcept : value_(value) {}

    static const Permissions create_instant_invite;
    static const Permissions kick_members;
    static const Permissions ban_members;
    static const Permissions administrator;
    static const Permissions manage_channels;
    static const Permissions manage_guild;
    static const Permissions add_reactions;
    static const Permissions view_audit_log;
    static const Permissions priority_speaker;
    static const Permissions stream;
    static const Permissions view_channel;
    static const Permissions send_messages;
    static const Permissions send_tts_messages;
    static const Permissions manage_messages;
    static const Permissions embed_links;
    static const Permissions attach_files;
    static const Permissions read_message_history;
    static const Permissions mention_everyone;
    static const Permissions use_external_emojis;
    static const Permissions view_guild_insights;
    static const Permissions connect;
    static const Permissions speak;
    static const Permissions mute_members;
    static const Permissions deafen_members;
    static const Permissions move_members;
    static const Permissions use_vad;
    static const Permissions change_nickname;
    static const Permissions manage_nicknames;
    static const Permissions manage_roles;
    static const Permissions manage_webhooks;
    static const Permissions manage_guild_expressions;
    static const Permissions use_application_commands;
    static const Permissions request_to_speak;
    static const Permissions manage_events;
    static const Permissions manage_threads;
    static const Permissions create_public_threads;
    static const Permissions create_private_threads;
    static const Permissions use_external_stickers;
    static const Permissions send_messages_in_threads;
    static const Permissions use_embedded_activities;
    static const Permissions moderate_members;
    static const Permissions view_creator_monetization_analytics;
    static const Permissions use_soundboard;
    static const Permissions create_guild_expressions;
    static const Permissions create_events;
    static const Permissions use_external_sounds;
    static const Permissions send_voice_messages;
    static const Permissions set_voice_channel_status;
    static const Permissions send_polls;
    static const Permissions use_external_apps;
    static const Permissions pin_messages;
    static const Permissions bypass_slowmode;

    static constexpr Permissions none() noexcept { return Permissions{}; }
    /// Every permission documented by Discord.
    static constexpr Permissions all() noexcept;
    /// The permissions marked "*" in the docs: on a guild with server-wide 2FA they
    /// work only when the bot's owner account uses two-factor authentication.
    static constexpr Permissions requiring_mfa() noexcept;

    /// Parses the decimal string Discord sends ("2048"). Throws ParseError on anything
    /// else: empty, signs, spaces, non-digits, more than 64 bits.
    static Permissions parse(std::string_view decimal);
    /// Parses names joined by '|' ("SEND_MESSAGES | view_channel"), case-insensitive;
    /// "NONE" and hexadecimal bits ("0x800000000000") are accepted so that
    /// from_names(x.to_string()) == x. Throws ParseError naming the first bad part.
    static Permissions from_names(std::string_view text);

    [[nodiscard]] constexpr std::uint64_t value() const noexcept { return value_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return value_ == 0; }
    [[nodiscard]] constexpr explicit operator bool() const noexcept { return value_ != 0; }

    /// True when every bit of `other` is set here (so contains(none()) is true).
    [[nodiscard]] constexpr bool contains(Permissions other) const noexcept {
        return (value_ & other.value_) == other.value_;
    }
    /// True when at least one bit of `other` is set here.
    [[nodiscard]] constexpr bool any(Permissions other) const noexcept {
        return (value_ & other.value_) != 0;
    }
    [[nodiscard]] constexpr Permissions without(Permissions other) const noexcept {
        return Permissions{value_ & ~other.value_};
    }
    /// Bits that match no documented permission.
    [[nodiscard]] constexpr Permissions unknown_bits() const noexcept;

    /// The form Discord expects in JSON: the value as a decimal string.
    [[nodiscard]] std::string to_decimal_string() const;
    /// "VIEW_CHANNEL | SEND_MESSAGES" in bit order; unknown bits as hexadecimal;
    /// "NONE" if empty.
    [[nodiscard]] std::string to_string() const;

    friend constexpr Permissions operator|(Permissions a, Permissions b) noexcept {
        return Permissions{a.value_ | b.value_};
    }
    friend constexpr Permissions operator&(Permissions a, Permissions b) noexcept {
        return Permissions{a.value_ & b.value_};
    }
    friend constexpr Permissions operator^(Permissions a, Permissions b) noexcept {
        return Permissions{a.value_ ^ b.value_};
    }
    /// Complement within the documented permissions, so no reserved bit gets set.
    friend constexpr Permissions operator~(Permissions a) noexcept;
    constexpr Permissions& operator|=(Permissions other) noexcept {
        value_ |= other.value_;
        return *this;
    }
    constexpr Permissions& operator&=(Permissions other) noexcept {
        value_ &= other.value_;
        return *this;
    }
    constexpr Permissions& operator^=(Permissions other) noexcept {
        value_ ^= other.value_;
        return *this;
    }
    friend constexpr bool operator==(Permissions, Permissions) noexcept = default;

  private:
    std::uint64_t value_ = 0;
};

inline constexpr Permissions Permissions::create_instant_invite{std::uint64_t{1} << 0};
inline constexpr Permissions Permissions::kick_members{std::uint64_t{1} << 1};
inline constexpr Permissions Permissions::ban_members{std::uint64_t{1} << 2};
inline constexpr Permissions Permissions::administrator{std::uint64_t{1} << 3};
inline constexpr Permissions Permissions::manage_channels{std::uint64_t{1} << 4};
inline constexpr Permissions Permissions::manage_guild{std::uint64_t{1} << 5};
inline constexpr Permissions Permissions::add_reactions{std::uint64_t{1} << 6};
inline constexpr Permissions Permissions::view_audit_log{std::uint64_t{1} << 7};
inline constexpr Permissions Permissions::priority_speaker{std::uint64_t{1} << 8};
inline constexpr Permissions Permissions::stream{std::uint64_t{1} << 9};
inline constexpr Permissions Permissions::view_channel{std::uint64_t{1} << 10};
inline constexpr Permissions Permissions::send_messages{std::uint64_t{1} << 11};
inline constexpr Permissions Permissions::send_tts_messages{std::uint64_t{1} << 12};
inline constexpr Permissions Permissions::manage_messages{std::uint64_t{1} << 13};
inline constexpr Permissions Permissions::embed_links{std::uint64_t{1} << 14};
inline constexpr Permissions Permissions::attach_files{std::uint64_t{1} << 15};
inline constexpr Permissions Permissions::read_message_history{std::uint64_t{1} << 16};
inline constexpr Permissions Permissions::mention_everyone{std::uint64_t{1} << 17};
inline constexpr Permissions Permissions::use_external_emojis{std::uint64_t{1} << 18};
inline constexpr Permissions Permissions::view_guild_insights{std::uint64_t{1} << 19};
inline constexpr Permissions Permissions::connect{std::uint64_t{1} << 20};
inline constexpr Permissions Permissions::speak{std::uint64_t{1} << 21};
inline constexpr Permissions Permissions::mute_members{std::uint64_t{1} << 22};
inline constexpr Permissions Permissions::deafen_members{std::uint64_t{1} << 23};
inline constexpr Permissions Permissions::move_members{std::uint64_t{1} << 24};
inline constexpr Permissions Permissions::use_vad{std::uint64_t{1} << 25};
inline constexpr Permissions Permissions::change_nickname{std::uint64_t{1} << 26};
inline constexpr Permissions Permissions::manage_nicknames{std::uint64_t{1} << 27};
inline constexpr Permissions Permissions::manage_roles{std::uint64_t{1} << 28};
inline constexpr Permissions Permissions::manage_webhooks{std::uint64_t{1} << 29};
inline constexpr Permissions Permissions::manage_guild_expressions{std::uint64_t{1} << 30};
inline constexpr Permissions Permissions::use_application_commands{std::uint64_t{1} << 31};
inline constexpr Permissions Permissions::request_to_speak{std::uint64_t{1} << 32};
inline constexpr Permissions Permissions::manage_events{std::uint64_t{1} << 33};
inline constexpr Permissions Permissions::manage_threads{std::uint64_t{1} << 34};
inline constexpr Permissions Permissions::create_public_threads{std::uint64_t{1} << 35};
inline constexpr Permissions Permissions::create_private_threads{std::uint64_t{1} << 36};
inline constexpr Permissions Permissions::use_external_stickers{std::uint64_t{1} << 37};
inline constexpr Permissions Permissions::send_messages_in_threads{std::uint64_t{1} << 38};
inline constexpr Permissions Permissions::use_embedded_activities{std::uint64_t{1} << 39};
inline constexpr Permissions Permissions::moderate_members{std::uint64_t{1} << 40};
inline constexpr Permissions Permissions::view_creator_monetization_analytics{std::uint64_t{1}
                                                                              << 41};
inline constexpr Permissions Permissions::use_soundboard{std::uint64_t{1} << 42};
inline constexpr Permissions Permissions::create_guild_expressions{std::uint64_t{1} << 43};
inline constexpr Permissions Permissions::create_events{std::uint64_t{1} << 44};
inline constexpr Permissions Permissions::use_external_sounds{std::uint64_t{1} << 45};
inline constexpr Permissions Permissions::send_voice_messages{std::uint64_t{1} << 46};
inline constexpr Permissions Permissions::set_voice_channel_status{std::uint64_t{1} << 48};
inline constexpr Permissions Permissions::send_polls{std::uint64_t{1} << 49};
inline constexpr Permissions Permissions::use_external_apps{std::uint64_t{1} << 50};
inline constexpr Permissions Permissions::pin_messages{std::uint64_t{1} << 51};
inline constexpr Permissions Permissions::bypass_slowmode{std::uint64_t{1} << 52};

constexpr Permissions Permissions::all() noexcept {
    return create_instant_invite | kick_members | ban_members | administrator | manage_channels |
           manage_guild | add_reactions | view_audit_log | priority_speaker | stream |
           view_channel | send_messages | send_tts_messages | manage_messages | embed_links |
           attach_files | read_message_history | mention_everyone | use_external_emojis |
           view_guild_insights | connect | speak | mute_members | deafen_members | move_members |
           use_vad | change_nickname | manage_nicknames | manage_roles | manage_webhooks |
           manage_guild_expressions | use_application_commands | request_to_speak | manage_events |
           manage_threads | create_public_threads | create_private_threads | use_external_stickers |
           send_messages_in_threads | use_embedded_activities | moderate_members |
           view_creator_monetization_analytics | use_soundboard | create_guild_expressions |
           create_events | use_external_sounds | send_voice_messages | set_voice_channel_status |
           send_polls | use_external_apps | pin_messages | bypass_slowmode;
}

constexpr Permissions Permissions::requiring_mfa() noexcept {
    return kick_members | ban_members | administrator | manage_channels | manage_guild |
           manage_messages | manage_roles | manage_webhooks | manage_guild_expressions |
           manage_threads | view_creator_monetization_analytics;
}

constexpr Permissions Permissions::unknown_bits() const noexcept {
    return without(all());
}

constexpr Permissions operator~(Permissions a) noexcept {
    return Permissions::all().without(a);
}

std::ostream& operator<<(std::ostream& out, Permissions permissions);

}  // namespace hikari

/// fmt::format("{}", x) and spdlog print the same text as to_string().
template <>
struct fmt::formatter<hikari::Permissions> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(hikari::Permissions value, FormatContext& ctx) const {
        return fmt::formatter<std::string_view>::format(value.to_string(), ctx);
    }
};
