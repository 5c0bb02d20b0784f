#include "cache/user_store.hpp"

#include "cache/packed_fields.hpp"

#include <charconv>

namespace hikari::cache_detail {

namespace {

// Bit positions of the 2-bit field states in UserRecord::bits.
constexpr unsigned global_name_at = 0;     // absent / none / packed
constexpr unsigned avatar_at = 2;          // absent(null) / packed / packed animated / extra
constexpr unsigned banner_at = 4;          // absent / none / extra
constexpr unsigned accent_at = 6;          // absent / none / extra
constexpr unsigned decoration_at = 8;      // absent / none / extra
constexpr unsigned collectibles_at = 10;   // absent / none / extra
constexpr unsigned primary_guild_at = 12;  // absent / none / extra
constexpr unsigned bot_at = 14;            // absent / false(none) / true(packed)
constexpr unsigned system_at = 16;         // absent / false(none) / true(packed)
constexpr unsigned public_flags_at = 18;   // absent / - / packed / extra
constexpr unsigned discriminator_at = 20;  // "0"(absent) / - / 4 digits(packed) / extra
constexpr unsigned account_at = 22;        // absent / - / - / extra
constexpr unsigned flags_at = 24;          // absent / - / equal to public_flags / extra
constexpr State animated = State::none;    // avatar: the packed hash is of an animated image

State bool_state(const std::optional<bool>& value) noexcept {
    if (!value) return State::absent;
    return *value ? State::packed : State::none;
}
std::optional<bool> state_bool(State state) noexcept {
    if (state == State::absent) return std::nullopt;
    return state == State::packed;
}

User& extras_of(UserRecord& record) {
    if (!record.extras) record.extras = std::make_unique<User>();
    return *record.extras;
}

void pack(UserRecord& r, const User& user) {
    r.extras.reset();
    std::uint32_t bits = 0;
    std::optional<std::string_view> global_name;
    if (user.global_name.has_value()) {
        global_name = *user.global_name;
        set_state(bits, global_name_at, State::packed);
    } else if (user.global_name.is_none()) {
        set_state(bits, global_name_at, State::none);
    }
    const std::optional<std::string_view> slots[] = {std::string_view(user.username), global_name};
    r.text.assign(slots);

    if (user.avatar) {
        if (const auto* digest = user.avatar->digest()) {
            r.avatar = *digest;
            set_state(bits, avatar_at, user.avatar->is_animated() ? animated : State::packed);
        } else {
            extras_of(r).avatar = user.avatar;
            set_state(bits, avatar_at, State::extra);
        }
    }

    const auto& d = user.discriminator;
    std::uint16_t number = 0;
    const auto parsed = std::from_chars(d.data(), d.data() + d.size(), number);
    if (d == "0") {
        set_state(bits, discriminator_at, State::absent);
    } else if (d.size() == 4 && parsed.ec == std::errc{} && parsed.ptr == d.data() + d.size()) {
        r.discriminator = number;
        set_state(bits, discriminator_at, State::packed);
    } else {
        extras_of(r).discriminator = d;
        set_state(bits, discriminator_at, State::extra);
    }

    if (user.public_flags) {
        const auto flags = static_cast<std::uint64_t>(*user.public_flags);
        if (flags <= 0xFFFFFFFFULL) {
            r.public_flags = static_cast<std::uint32_t>(flags);
            set_state(bits, public_flags_at, State::packed);
        } else {
            extras_of(r).public_flags = user.public_flags;
            set_state(bits, public_flags_at, State::extra);
        }
    }

    set_state(bits, banner_at, tri_state(user.banner));
    if (user.banner.has_value()) extras_of(r).banner = user.banner;
    set_state(bits, accent_at, tri_state(user.accent_color));
    if (user.accent_color.has_value()) extras_of(r).accent_color = user.accent_color;
    set_state(bits, decoration_at, tri_state(user.avatar_decoration_data));
    if (user.avatar_decoration_data.has_value()) {
        extras_of(r).avatar_decoration_data = user.avatar_decoration_data;
    }
    set_state(bits, collectibles_at, tri_state(user.collectibles));
    if (user.collectibles.has_value()) extras_of(r).collectibles = user.collectibles;
    set_state(bits, primary_guild_at, tri_state(user.primary_guild));
    if (user.primary_guild.has_value()) extras_of(r).primary_guild = user.primary_guild;
    if (user.flags) {
        // Gateway users often carry `flags` equal to public_flags: kept as one state rather
        // than a heap copy per user.
        if (user.public_flags && *user.flags == *user.public_flags &&
            get_state(bits, public_flags_at) == State::packed) {
            set_state(bits, flags_at, State::packed);
        } else {
            extras_of(r).flags = user.flags;
            set_state(bits, flags_at, State::extra);
        }
    }
    if (user.account) {
        extras_of(r).account = user.account;
        set_state(bits, account_at, State::extra);
    }
    set_state(bits, bot_at, bool_state(user.bot));
    set_state(bits, system_at, bool_state(user.system));
    r.bits = bits;
}

User unpack(const UserRecord& r) {
    User user;
    user.id = Snowflake{r.id};
    user.username = std::string(r.text.get(0).value_or(""));
    switch (get_state(r.bits, global_name_at)) {
        case State::packed:
            user.global_name = std::string(r.text.get(1).value_or(""));
            break;
        case State::none:
            user.global_name = std::nullopt;
            break;
        default:
            break;
    }
    const User* extra = r.extras.get();
    switch (get_state(r.bits, avatar_at)) {
        case State::packed:
            user.avatar = ImageHash::from_digest(r.avatar, false);
            break;
        case animated:
            user.avatar = ImageHash::from_digest(r.avatar, true);
            break;
        case State::extra:
            user.avatar = extra != nullptr ? extra->avatar : std::nullopt;
            break;
        default:
            break;
    }
    switch (get_state(r.bits, discriminator_at)) {
        case State::packed: {
            char digits[5] = {};
            const auto n = r.discriminator;
            digits[0] = static_cast<char>('0' + n / 1000 % 10);
            digits[1] = static_cast<char>('0' + n / 100 % 10);
            digits[2] = static_cast<char>('0' + n / 10 % 10);
            digits[3] = static_cast<char>('0' + n % 10);
            user.discriminator = digits;
            break;
        }
        case State::extra:
            user.discriminator = extra != nullptr ? extra->discriminator : "";
            break;
        default:
            user.discriminator = "0";
            break;
    }
    switch (get_state(r.bits, public_flags_at)) {
        case State::packed:
            user.public_flags = static_cast<UserFlags>(r.public_flags);
            break;
        case State::extra:
            if (extra != nullptr) user.public_flags = extra->public_flags;
            break;
        default:
            break;
    }
    user.banner = from_tri_state(get_state(r.bits, banner_at), extra ? &extra->banner : nullptr);
    user.accent_color =
        from_tri_state(get_state(r.bits, accent_at), extra ? &extra->accent_color : nullptr);
    user.avatar_decoration_data = from_tri_state(get_state(r.bits, decoration_at),
                                                 extra ? &extra->avatar_decoration_data : nullptr);
    user.collectibles =
        from_tri_state(get_state(r.bits, collectibles_at), extra ? &extra->collectibles : nullptr);
    user.primary_guild = from_tri_state(get_state(r.bits, primary_guild_at),
                                        extra ? &extra->primary_guild : nullptr);
    if (get_state(r.bits, flags_at) == State::packed) {
        user.flags = user.public_flags;
    } else if (get_state(r.bits, flags_at) == State::extra && extra != nullptr) {
        user.flags = extra->flags;
    }
    if (get_state(r.bits, account_at) == State::extra && extra != nullptr) {
        user.account = extra->account;
    }
    user.bot = state_bool(get_state(r.bits, bot_at));
    user.system = state_bool(get_state(r.bits, system_at));
    return user;
}

}  // namespace

void UserStore::acquire(const User& user) {
    auto [record, inserted] = table_.emplace(user.id.value());
    try {
        pack(record, user);
    } catch (...) {
        if (inserted) table_.erase(user.id.value());
        throw;
    }
    ++record.refs;
}

void UserStore::refresh(const User& user) {
    if (UserRecord* record = table_.find(user.id.value())) pack(*record, user);
}

void UserStore::release(Snowflake id) noexcept {
    UserRecord* record = table_.find(id.value());
    if (record == nullptr) return;
    if (record->refs <= 1) {
        table_.erase(id.value());
    } else {
        --record->refs;
    }
}

std::optional<User> UserStore::get(Snowflake id) const {
    const UserRecord* record = table_.find(id.value());
    if (record == nullptr) return std::nullopt;
    return unpack(*record);
}

std::vector<User> UserStore::all() const {
    std::vector<User> out;
    out.reserve(table_.size());
    table_.for_each([&](const UserRecord& record) { out.push_back(unpack(record)); });
    return out;
}

std::uint32_t UserStore::references(Snowflake id) const noexcept {
    const UserRecord* record = table_.find(id.value());
    return record == nullptr ? 0 : record->refs;
}

void UserStore::fill(PartialUser& partial) const {
    const UserRecord* record = table_.find(partial.id.value());
    if (record == nullptr) return;
    User user = unpack(*record);
    if (!partial.username) partial.username = std::move(user.username);
    if (!partial.discriminator) partial.discriminator = std::move(user.discriminator);
    if (partial.global_name.is_undefined()) partial.global_name = std::move(user.global_name);
    if (partial.avatar.is_undefined()) partial.avatar = std::move(user.avatar);
    if (!partial.bot) partial.bot = user.bot;
}

}  // namespace hikari::cache_detail
