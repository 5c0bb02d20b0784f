#pragma once
// Generic readers and writers. A model is described once by a Fields<T>
// specialisation (name, member, presence, optional codec override) and the same
// description drives both directions, so reading and writing cannot drift apart.

#include "model/json/reader.hpp"

#include <hikari/core/snowflake.hpp>
#include <hikari/core/undefined.hpp>
#include <hikari/model/box.hpp>
#include <hikari/model/common.hpp>
#include <hikari/model/dict.hpp>
#include <hikari/model/json_writer.hpp>

#include <array>
#include <bitset>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace hikari::json {

/// Reads and writes the core (unwrapped) type T. Specialised below for scalars
/// and, through Fields<T>, for every model struct.
template <class T, class = void>
struct Codec;

/// Specialise with `static constexpr auto list = std::tuple{req(...), opt(...), ...};`.
template <class T>
struct Fields;

/// Selects Codec<core type> for a field.
struct DefaultCodec {};

enum class Occurrence : std::uint8_t {
    required,  ///< always written (null when an std::optional is empty); missing is an error
    optional,  ///< written only when set (non-empty for arrays); may be absent
};

template <class Owner, class Member, class C>
struct Field {
    using codec = C;
    std::string_view name;
    std::uint64_t hash;
    Member Owner::*member;
    Occurrence presence;

    Member& target(Owner& out) const { return out.*member; }
    const Member* source(const Owner& in) const { return &(in.*member); }
};

/// A JSON member of Owner stored in a heap part of it (Box<Part>), for fields that
/// are rarely sent: the part is created when one of its fields is read.
template <class Owner, class Part, class Member, class C>
struct BoxedField {
    using codec = C;
    std::string_view name;
    std::uint64_t hash;
    Box<Part> Owner::*part;
    Member Part::*member;
    Occurrence presence;

    Member& target(Owner& out) const {
        Box<Part>& box = out.*part;
        if (!box) box.emplace();
        return (*box).*member;
    }
    const Member* source(const Owner& in) const {
        const Box<Part>& box = in.*part;
        return box ? &((*box).*member) : nullptr;
    }
};

/// An optional field kept in `part`.
template <class C = DefaultCodec, class Owner, class Part, class Member>
constexpr BoxedField<Owner, Part, Member, C> opt_in(std::string_view name, Box<Part> Owner::*part,
                                                    Member Part::*member) {
    return {name, key_hash(name), part, member, Occurrence::optional};
}

template <class C = DefaultCodec, class Owner, class Member>
constexpr Field<Owner, Member, C> req(std::string_view name, Member Owner::*member) {
    return {name, key_hash(name), member, Occurrence::required};
}
template <class C = DefaultCodec, class Owner, class Member>
constexpr Field<Owner, Member, C> opt(std::string_view name, Member Owner::*member) {
    return {name, key_hash(name), member, Occurrence::optional};
}

// ---- wrappers: optional, tri-state, box, array ----

template <class T>
struct Wrapper {
    static constexpr int kind = 0;
};
template <class T>
struct Wrapper<std::optional<T>> {
    static constexpr int kind = 1;
};
template <class T>
struct Wrapper<UndefinedNoneOr<T>> {
    static constexpr int kind = 2;
};
template <class T>
struct Wrapper<Box<T>> {
    static constexpr int kind = 3;
};
template <class T, class A>
struct Wrapper<std::vector<T, A>> {
    static constexpr int kind = 4;
};

template <class T>
struct Wrapper<Dict<T>> {
    static constexpr int kind = 5;
};

/// Element types that are one JSON scalar each, whose arrays can be counted ahead.
template <class T>
constexpr bool is_flat_element = std::is_arithmetic_v<T> || std::is_enum_v<T> ||
                                 std::is_same_v<T, Snowflake> || std::is_same_v<T, std::string>;

template <class C, class M>
void read_value(Value& v, M& out) {
    constexpr int kind = Wrapper<M>::kind;
    if constexpr (kind == 1 || kind == 3) {
        if (is_null(v)) {
            out.reset();
        } else {
            read_value<C>(v, out.emplace());
        }
    } else if constexpr (kind == 2) {
        if (is_null(v)) {
            out = none;
        } else {
            typename M::value_type inner{};
            read_value<C>(v, inner);
            out = std::move(inner);
        }
    } else if constexpr (kind == 4) {
        out.clear();
        if (is_null(v)) return;  // Discord sends null for some empty lists
        if constexpr (is_flat_element<typename M::value_type>) {
            // Ids and strings: one allocation of the right size instead of growing 1, 2, 4.
            if (*v.start() == '[') out.reserve(v.flat_array_size());
        }
        for_each_element(v, [&](Value& element) { read_value<C>(element, out.emplace_back()); });
    } else if constexpr (kind == 5) {
        out.entries.clear();
        for_each_field(v, [&](std::string_view key, Value& value) {
            auto& entry = out.entries.emplace_back(std::string(key), typename M::mapped_type{});
            read_value<C>(value, entry.second);
        });
    } else if constexpr (std::is_same_v<C, DefaultCodec>) {
        Codec<M>::read(v, out);
    } else {
        C::read(v, out);
    }
}

template <class C, class M>
void write_value(JsonWriter& w, const M& in) {
    constexpr int kind = Wrapper<M>::kind;
    if constexpr (kind == 1 || kind == 2 || kind == 3) {
        if (in.has_value()) {
            write_value<C>(w, *in);
        } else {
            w.null();
        }
    } else if constexpr (kind == 4) {
        w.begin_array();
        for (const auto& element : in) write_value<C>(w, element);
        w.end_array();
    } else if constexpr (kind == 5) {
        w.begin_object();
        for (const auto& [key, value] : in.entries) {
            w.key(key);
            write_value<C>(w, value);
        }
        w.end_object();
    } else if constexpr (std::is_same_v<C, DefaultCodec>) {
        Codec<M>::write(w, in);
    } else {
        C::write(w, in);
    }
}

/// Whether an optional field is written at all.
template <class M>
bool is_set(const M& m) {
    constexpr int kind = Wrapper<M>::kind;
    if constexpr (kind == 1 || kind == 3) return m.has_value();
    if constexpr (kind == 2) return !m.is_undefined();
    if constexpr (kind == 4 || kind == 5) return !m.empty();
    return true;
}

// ---- objects described by Fields<T> ----

[[noreturn]] void fail_missing(std::string_view name);

/// Models nest (components in components, replies in replies); Discord nests a
/// few levels at most. The limit keeps hostile input from exhausting the stack.
inline constexpr int max_model_depth = 64;

class DepthGuard {
  public:
    DepthGuard() {
        if (++depth() > max_model_depth) {
            --depth();
            fail("objects nested too deeply");
        }
    }
    ~DepthGuard() { --depth(); }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

  private:
    static int& depth() {
        thread_local int value = 0;
        return value;
    }
};

/// An open-addressing table from key hashes to field indices, built at compile time with at
/// least four times as many slots as fields, so that few keys share a start: a key starts at
/// slot `(hash * k) >> shift` and walks on (linear probing) to its field or to an empty slot,
/// which means "not a field of this model". Slot i holds its field's index + 1 (0: empty).
/// Most keys take one multiply, one load and one compare, where a chain of compares over
/// every field cost up to one branch per field (50+ for Message and Guild).
template <std::size_t N>
struct KeySlots {
    static constexpr std::size_t bits = [] {
        std::size_t b = 1;
        while ((std::size_t{1} << b) < 4 * N) ++b;
        return b;
    }();
    static constexpr std::size_t mask = (std::size_t{1} << bits) - 1;
    std::array<std::uint8_t, std::size_t{1} << bits> slots{};

    [[nodiscard]] static constexpr std::size_t start(std::uint64_t hash) noexcept {
        return static_cast<std::size_t>((hash * 0x9e3779b97f4a7c15ULL) >> (64 - bits));
    }
};

template <std::size_t N>
constexpr KeySlots<N> make_key_slots(const std::array<std::uint64_t, N>& hashes) {
    KeySlots<N> table;
    for (std::size_t i = 0; i < N; ++i) {
        std::size_t slot = KeySlots<N>::start(hashes[i]);
        while (table.slots[slot] != 0) slot = (slot + 1) & KeySlots<N>::mask;
        table.slots[slot] = static_cast<std::uint8_t>(i + 1);
    }
    return table;
}

template <class T>
struct Codec<T, std::void_t<decltype(Fields<T>::list)>> {
    static constexpr auto& list = Fields<T>::list;
    static constexpr std::size_t count = std::tuple_size_v<std::remove_cvref_t<decltype(list)>>;
    using Indices = std::make_index_sequence<count>;
    static_assert(count < 255, "field indices are kept in one byte");

    static void read(Value& v, T& out) {
        const DepthGuard guard;
        std::bitset<count> seen;
        if (*v.start() != '{') fail("expected an object");
        v.advance();
        if (v.peek() == '}') {
            v.advance();
        } else {
            read_members(v, out, seen);
        }
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            ((std::get<I>(list).presence == Occurrence::required && !seen.test(I)
                  ? fail_missing(std::get<I>(list).name)
                  : void()),
             ...);
        }
        (Indices{});
    }

    /// Whether a key with this hash starts at a field's slot (for tests of the table).
    [[nodiscard]] static bool occupied(std::uint64_t hash) noexcept {
        return table.slots[Table::start(hash)] != 0;
    }

    static void write(JsonWriter& w, const T& in) {
        w.begin_object();
        std::apply([&](const auto&... field) { (write_one(w, field, in), ...); }, list);
        w.end_object();
    }

  private:
    // Discord writes an object's keys in the same order every time, so the field that followed
    // the previous one last time is tried first, by comparing the document's bytes with that
    // field's quoted name: one compare, where finding the key's end, its words and its slot
    // are loads that each wait on the one before. A wrong guess costs the lookup it would
    // have made anyway.
    static void read_members(Value& v, T& out, std::bitset<count>& seen) {
        auto& follows = learned_order();
        std::size_t previous = count;  // the object's start
        std::string scratch;
        do {
            std::size_t index = follows[previous];
            if (index != 0 && is_key(v.start(), entries[index - 1].key)) {
                pass_key(v);
            } else {
                const std::string_view key = read_key(v, scratch);
                const KeyWords words =
                    scratch.empty() ? key_words_in_document(key) : key_words(key);
                index = find(key, words);
                if (index == 0) {  // a field this model does not keep
                    skip_unknown(v, key);
                    scratch.clear();
                    continue;
                }
                follows[previous] = static_cast<std::uint8_t>(index);
                scratch.clear();
            }
            const auto* before = v.position();
            try {
                entries[index - 1].read(v, out);
            } catch (const JsonError& e) {
                throw e.within_key(entries[index - 1].key.name);
            }
            if (v.position() == before) v.skip();
            seen.set(index - 1);
            previous = index - 1;
        } while (next_member(v, '}'));
    }

    static void skip_unknown(Value& v, std::string_view key) {
        try {
            v.skip();
        } catch (const JsonError& e) {
            throw e.within_key(key);
        }
    }

    /// The field index + 1 of the key, or 0 when the model has no such field.
    static std::size_t find(std::string_view key, const KeyWords& words) noexcept {
        for (std::size_t slot = Table::start(key_hash(words));; slot = (slot + 1) & Table::mask) {
            const std::size_t index = table.slots[slot];
            if (index == 0 ||
                same_key(key, words, entries[index - 1].key.name, entries[index - 1].words)) {
                return index;
            }
        }
    }

    /// Per thread, for each field (and, last, the object's start): the field index + 1 of the
    /// key that followed it in the last object read, 0 before any.
    static std::array<std::uint8_t, count + 1>& learned_order() noexcept {
        thread_local std::array<std::uint8_t, count + 1> follows{};
        return follows;
    }

    template <class F>
    static void read_one(const F& field, Value& value, T& out) {
        read_value<typename F::codec>(value, field.target(out));
    }
    template <std::size_t I>
    static void read_at(Value& value, T& out) {
        read_one(std::get<I>(list), value, out);
    }

    struct Entry {
        KeyWords words;
        QuotedKey key;
        void (*read)(Value&, T&);
    };
    static constexpr std::array<Entry, count> entries =
        []<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<Entry, count>{Entry{key_words(std::get<I>(list).name),
                                              QuotedKey{std::get<I>(list).name}, &read_at<I>}...};
    }
    (Indices{});
    static constexpr std::array<std::uint64_t, count> hashes =
        []<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<std::uint64_t, count>{std::get<I>(list).hash...};
    }
    (Indices{});
    using Table = KeySlots<count>;
    static constexpr Table table = make_key_slots(hashes);
    template <class F>
    static void write_one(JsonWriter& w, const F& field, const T& in) {
        const auto* found = field.source(in);
        if (found == nullptr) return;  // a boxed part that is absent
        const auto& member = *found;
        using C = typename F::codec;
        if constexpr (requires { C::is_set(member); }) {
            if (field.presence == Occurrence::optional && !C::is_set(member)) return;
        } else {
            if (field.presence == Occurrence::optional && !is_set(member)) return;
        }
        w.key(field.name);
        write_value<typename F::codec>(w, member);
    }
};

// ---- scalars ----

template <>
struct Codec<std::string> {
    static void read(Value& v, std::string& out) { out = read_string_view(v); }
    static void write(JsonWriter& w, const std::string& in) { w.string(in); }
};

template <>
struct Codec<ImageHash> {
    static void read(Value& v, ImageHash& out) { out = ImageHash(read_string_view(v)); }
    static void write(JsonWriter& w, const ImageHash& in) {
        if (in.digest() != nullptr) {  // the common form: no allocation
            std::array<char, ImageHash::hex_text_size> text{};
            const char* end = in.copy_to(text.data());
            w.string({text.data(), static_cast<std::size_t>(end - text.data())});
        } else {
            w.string(in.to_string());
        }
    }
};

template <>
struct Codec<bool> {
    static void read(Value& v, bool& out) { out = read_bool(v); }
    static void write(JsonWriter& w, bool in) { w.boolean(in); }
};

template <>
struct Codec<double> {
    static void read(Value& v, double& out) { out = read_double(v); }
    static void write(JsonWriter& w, double in) { w.number(in); }
};

template <class I>
struct Codec<I, std::enable_if_t<std::is_integral_v<I> && !std::is_same_v<I, bool>>> {
    static void read(Value& v, I& out) { out = read_integer<I>(v); }
    static void write(JsonWriter& w, I in) {
        if constexpr (std::is_signed_v<I>) {
            w.number(static_cast<std::int64_t>(in));
        } else {
            w.number(static_cast<std::uint64_t>(in));
        }
    }
};

/// Integer enums keep values they do not name: an enum class holds any value of its type.
template <class E>
struct Codec<E, std::enable_if_t<std::is_enum_v<E>>> {
    using U = std::underlying_type_t<E>;
    static void read(Value& v, E& out) { out = static_cast<E>(read_integer<U>(v)); }
    static void write(JsonWriter& w, E in) { Codec<U>::write(w, static_cast<U>(in)); }
};

template <>
struct Codec<Snowflake> {
    /// Inline: ids are the most frequent value in every payload. Up to 19 digits always fit
    /// 64 bits; longer or odd text goes to Snowflake::try_parse.
    static void read(Value& v, Snowflake& out) {
        const char* begin = v.start();
        if (*begin != '"') fail("expected a snowflake string");
        const std::string_view text = read_string_view(v);
        if (!text.empty() && text.size() <= 19) {
            if (const auto value = decimal_digits(text.data(), text.size())) {
                out = Snowflake{*value};
                return;
            }
        }
        const auto parsed = Snowflake::try_parse(text);
        if (!parsed) fail("expected a snowflake string");
        out = *parsed;
    }
    static void write(JsonWriter& w, Snowflake in);
};

template <>
struct Codec<Timestamp> {
    static void read(Value& v, Timestamp& out);
    static void write(JsonWriter& w, Timestamp in);
};

/// Permission sets travel as decimal strings.
template <>
struct Codec<Permissions> {
    static void read(Value& v, Permissions& out);
    static void write(JsonWriter& w, Permissions permissions);
};

/// Any JSON value kept verbatim as text (free-form dictionaries such as localizations).
struct RawJson {
    static void read(Value& v, std::string& out);
    static void write(JsonWriter& w, const std::string& in);
};

/// Whether a number token is written as an integer (no fraction, no exponent).
constexpr bool is_integer_token(std::string_view token) noexcept {
    return token.find_first_of(".eE") == std::string_view::npos;
}

/// A value of one of a few JSON types (option values: string, integer, double or
/// boolean). The JSON type picks the alternative; an integer goes to std::int64_t
/// when that is an alternative, else to double.
template <class... Ts>
struct Codec<std::variant<Ts...>> {
    using V = std::variant<Ts...>;
    template <class T>
    static constexpr bool has = (std::is_same_v<T, Ts> || ...);

    static void read(Value& v, V& out) {
        const char first = *v.start();
        if (first == '"' && has<std::string>) {
            if constexpr (has<std::string>) out = std::string(read_string_view(v));
        } else if ((first == 't' || first == 'f') && has<bool>) {
            if constexpr (has<bool>) out = read_bool(v);
        } else if ((first == '-' || (first >= '0' && first <= '9')) &&
                   (has<std::int64_t> || has<double>)) {
            if constexpr (has<std::int64_t>) {
                if (is_integer_token(v.token())) {
                    out = read_integer<std::int64_t>(v);
                    return;
                }
            }
            if constexpr (has<double>) {
                out = read_double(v);
            } else if constexpr (has<std::int64_t>) {
                out = read_integer<std::int64_t>(v);
            }
        } else {
            fail(expected());
        }
    }

    static void write(JsonWriter& w, const V& in) {
        std::visit(
            [&](const auto& value) {
                using T = std::remove_cvref_t<decltype(value)>;
                if constexpr (std::is_same_v<T, std::string>) {
                    w.string(value);
                } else if constexpr (std::is_same_v<T, bool>) {
                    w.boolean(value);
                } else {
                    w.number(value);
                }
            },
            in);
    }

  private:
    static std::string expected() {
        std::string names;
        auto add = [&](bool present, const char* name) {
            if (!present) return;
            if (!names.empty()) names += " or ";
            names += name;
        };
        add(has<std::string>, "a string");
        add(has<std::int64_t>, "an integer");
        add(has<double>, "a number");
        add(has<bool>, "a boolean");
        return "expected " + names;
    }
};

/// A plain value read with its default codec but always written, even as an optional field:
/// for fields a few payloads omit whose struct member has no "absent" state.
struct PresentValue {
    template <class M>
    static void read(Value& v, M& out) {
        Codec<M>::read(v, out);
    }
    template <class M>
    static void write(JsonWriter& w, const M& in) {
        Codec<M>::write(w, in);
    }
    template <class M>
    static bool is_set(const M&) {
        return true;
    }
};

/// A field whose value is always null and whose presence means true (role tags).
struct NullMarker {
    static void read(Value& v, bool& out) {
        if (!is_null(v)) fail("expected null");
        out = true;
    }
    static void write(JsonWriter& w, bool) { w.null(); }
    static bool is_set(bool present) { return present; }
};

}  // namespace hikari::json
