using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KzEdition.Engine.Memo;

/// <summary>
/// The fingerprint of a value's content, read the same way for every value a module can declare:
/// strings and numbers by their bits; records and structs field by field; lists in order; sets and
/// dictionaries whatever their order; anything else through <see cref="IFingerprinted"/>. A type it
/// cannot read is refused with its name, never fingerprinted by identity: an identity would differ
/// every build and hide nothing, but a wrong content fingerprint could hide a change.
/// </summary>
/// <remarks>
/// Values are immutable, so an object's fingerprint is computed once and kept beside it (a
/// <see cref="ConditionalWeakTable{TKey,TValue}"/>): a value the engine gives back from the last
/// build costs a lookup. Only the values asked for are kept, not every object inside them: the
/// parts are looked up (a part asked for on its own before costs nothing) but not added. Adding
/// every part of every page's template model put millions of entries in the table, each a
/// dependent handle the garbage collector walks and each added under the table's lock: at 1,000
/// articles a preview rebuild spent most of its 2–3 s there, in lock contention and in
/// collections that grew with every edit. Each composite fingerprint includes its type's name,
/// so a title and a paragraph with the same text differ.
/// </remarks>
public static class Fingerprints
{
    private static readonly ConditionalWeakTable<object, StrongBox<Fingerprint>> Known = new();
    private static readonly ConcurrentDictionary<Type, TypePlan> Readers = new();
    private static readonly Fingerprint NullFingerprint = new FingerprintBuilder().Add("null").Build();

    /// <summary>Strings up to this length are hashed every time; longer ones once an object.</summary>
    private const int ShortString = 256;

    /// <summary>
    /// The fingerprint of a value as a document holds it: a struct boxed once and handed on (an
    /// immutable array) is kept beside its box. Parts read out of a value come in new boxes and are
    /// never kept by them.
    /// </summary>
    public static Fingerprint Of(object? value) => Of(value, kept: true, byBox: true, out _);

    /// <summary>
    /// The fingerprint of a value as a document holds it, and whether the value is lasting: its
    /// fingerprint was kept beside it before (an object from an earlier build, or one asked for
    /// before), or it is a short string. A lasting value may be remembered by identity without making
    /// a new object outlive its build.
    /// </summary>
    internal static Fingerprint Of(object? value, out bool lasting) => Of(value, kept: true, byBox: true, out lasting);

    /// <summary>A part of a value being fingerprinted: found if known, computed if not, not kept.</summary>
    private static Fingerprint OfPart(object? value) => Of(value, kept: false, byBox: false, out _);

    private static Fingerprint Of(object? value, bool kept, bool byBox, out bool lasting)
    {
        lasting = true;
        switch (value)
        {
            case null:
                return NullFingerprint;
            case string { Length: <= ShortString } text:
                return OfString(text);
            case Fingerprint fingerprint:
                return fingerprint;
        }

        var type = value.GetType();
        TypePlan? plan = null;
        if (type.IsValueType)
        {
            plan = Readers.GetOrAdd(type, Plan);
            if (!(byBox && plan.KeptBeside))
            {
                lasting = false; // a box of its own, read again each time
                return plan.Read(value);
            }
        }

        if (Known.TryGetValue(value, out var known))
        {
            return known.Value;
        }

        lasting = false;
        var computed = (plan ?? Readers.GetOrAdd(type, Plan)).Read(value);
        if (kept)
        {
            Known.TryAdd(value, new StrongBox<Fingerprint>(computed));
        }

        return computed;
    }

    /// <summary>
    /// A string's fingerprint: the bytes a <see cref="FingerprintBuilder"/> hashes for <c>Add("s").Add(text)</c>
    /// (each part's length, then its UTF-16), hashed in one call. The same value, without a hasher
    /// allocated for each of the millions of short strings a preview rebuild compares.
    /// </summary>
    private static Fingerprint OfString(string text)
    {
        const int Header = sizeof(int) + sizeof(char) + sizeof(int);
        var length = Header + (text.Length * sizeof(char));
        byte[]? rented = null;
        var bytes = length <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(length));
        BitConverter.TryWriteBytes(bytes, 1);
        BitConverter.TryWriteBytes(bytes[sizeof(int)..], 's');
        BitConverter.TryWriteBytes(bytes[(sizeof(int) + sizeof(char))..], text.Length);
        MemoryMarshal.AsBytes(text.AsSpan()).CopyTo(bytes[Header..]);
        var fingerprint = new Fingerprint(XxHash128.HashToUInt128(bytes[..length]));
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return fingerprint;
    }

    private delegate Fingerprint Reader(object value);

    /// <summary>
    /// How a type is read, and whether a boxed value of it is kept beside its box like an object.
    /// An immutable array, the paragraphs of an article, is a struct held boxed in a document, and
    /// the same box is handed on from document to document and from build to build: kept beside
    /// it, its fingerprint costs a lookup, not a pass over its items at every module that reads it.
    /// (Other structs are small, and a box of a mutable struct could change under its key.)
    /// </summary>
    private sealed record TypePlan(Reader Read, bool KeptBeside);

    private static TypePlan Plan(Type type) => new(
        ReaderOf(type),
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>));

    private static Reader ReaderOf(Type type)
    {
        var name = type.FullName ?? type.Name;
        if (type == typeof(string))
        {
            return v => OfString((string)v);
        }

        // Every composite fingerprint begins with its type's: a title and a paragraph with the same text differ.
        var head = new FingerprintBuilder().Add(name).Build();
        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            return v => Fingerprint.Combine([head, new Fingerprint(Bits(Convert.ChangeType(v, underlying, System.Globalization.CultureInfo.InvariantCulture)))]);
        }

        if (type.IsPrimitive || type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(TimeSpan) || type == typeof(UInt128) || type == typeof(Int128))
        {
            // The value's bits, after its type's: no hasher and no text for each of the millions of numbers in a build's values.
            return v => Fingerprint.Combine([head, new Fingerprint(Bits(v))]);
        }

        if (type == typeof(decimal) || type == typeof(Guid))
        {
            // Invariant and round-trip.
            return v => new FingerprintBuilder().Add(name).Add(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").Build();
        }

        if (typeof(IFingerprinted).IsAssignableFrom(type))
        {
            return v => Fingerprint.Combine([head, ((IFingerprinted)v).GetFingerprint()]);
        }

        if (type == typeof(byte[]))
        {
            return v => new FingerprintBuilder().Add(name).Add((byte[])v).Build();
        }

        if (type == typeof(ReadOnlyMemory<byte>))
        {
            return v => new FingerprintBuilder().Add(name).Add(((ReadOnlyMemory<byte>)v).Span).Build();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>))
        {
            // The default instance (no array), which an ImmutableArray equals only when it is one too.
            // Not its IsDefault property read by reflection: the native build trims the framework's
            // property metadata away.
            var defaultInstance = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
            // A struct cannot be kept beside (it has no identity), so its items are kept instead: the
            // paragraphs of an article, held in one, are not read again every build.
            return v => v.Equals(defaultInstance) ? Fingerprint.Combine([head, new Fingerprint(UInt128.MaxValue)]) : Ordered(head, (IEnumerable)v, keepItems: true);
        }

        if (typeof(IDictionary<string, object>).IsAssignableFrom(type))
        {
            // Template models (Scriban's ScriptObject) among them.
            return v => Unordered(head, ((IDictionary<string, object>)v).Select(e => Pair(e.Key, e.Value)));
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return v => Unordered(head, Entries((IDictionary)v).Select(e => Pair(e.Key, e.Value)));
        }

        if (IsSet(type))
        {
            return v => Unordered(head, ((IEnumerable)v).Cast<object?>().Select(OfPart));
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return v => Ordered(head, (IEnumerable)v, keepItems: type.IsValueType);
        }

        if (type.IsValueType || IsRecord(type))
        {
            var fields = Fields(type);
            var keepFields = type.IsValueType; // as for an immutable array: a struct's parts are kept, as it cannot be
            return v =>
            {
                // The type's fingerprint and each field's, hashed in one call (a field count is fixed by the type).
                var count = fields.Length + 1;
                Fingerprint[]? rented = null;
                var parts = count <= 16 ? stackalloc Fingerprint[16] : (rented = ArrayPool<Fingerprint>.Shared.Rent(count));
                parts[0] = head;
                for (var i = 0; i < fields.Length; i++)
                {
                    parts[i + 1] = Of(fields[i].GetValue(v), keepFields, byBox: false, out _);
                }

                var fingerprint = Fingerprint.Combine(parts[..count]);
                if (rented is not null)
                {
                    ArrayPool<Fingerprint>.Shared.Return(rented);
                }

                return fingerprint;
            };
        }

        return _ => throw new InvalidOperationException(
            $"The engine cannot fingerprint a {name}: make it a record of fingerprintable values, or implement IFingerprinted.");
    }

    /// <summary>The type's fingerprint, each item's in order, and their count, hashed in one call.</summary>
    private static Fingerprint Ordered(Fingerprint head, IEnumerable items, bool keepItems)
    {
        var parts = ArrayPool<Fingerprint>.Shared.Rent(32);
        parts[0] = head;
        var count = 1;
        foreach (var item in items)
        {
            if (count + 1 >= parts.Length)
            {
                var grown = ArrayPool<Fingerprint>.Shared.Rent(parts.Length * 2);
                parts.AsSpan(0, count).CopyTo(grown);
                ArrayPool<Fingerprint>.Shared.Return(parts);
                parts = grown;
            }

            parts[count++] = Of(item, keepItems, byBox: false, out _);
        }

        parts[count] = new Fingerprint((UInt128)(count - 1));
        var fingerprint = Fingerprint.Combine(parts.AsSpan(0, count + 1));
        ArrayPool<Fingerprint>.Shared.Return(parts);
        return fingerprint;
    }

    /// <summary>The sum of the parts' fingerprints, with their count: the same whatever the order of enumeration.</summary>
    private static Fingerprint Unordered(Fingerprint head, IEnumerable<Fingerprint> parts)
    {
        UInt128 sum = 0;
        var count = 0;
        foreach (var part in parts)
        {
            sum += part.Value;
            count++;
        }

        return Fingerprint.Combine([head, new Fingerprint(sum), new Fingerprint((UInt128)count)]);
    }

    /// <summary>A number's, a date's or a time's bits as one 128-bit value (the type is hashed beside them).</summary>
    private static UInt128 Bits(object value) => value switch
    {
        int i => (uint)i,
        long l => (ulong)l,
        bool b => b ? 1u : 0u,
        char c => c,
        byte b => b,
        sbyte b => (byte)b,
        short s => (ushort)s,
        ushort s => s,
        uint u => u,
        ulong u => u,
        nint n => (ulong)(long)n,
        nuint n => (ulong)n,
        double d => (ulong)BitConverter.DoubleToInt64Bits(d),
        float f => (uint)BitConverter.SingleToInt32Bits(f),
        DateTime t => (ulong)t.ToBinary(),
        DateOnly d => (uint)d.DayNumber,
        TimeSpan t => (ulong)t.Ticks,
        UInt128 u => u,
        Int128 i => (UInt128)i,
        _ => throw new InvalidOperationException($"The engine reads no bits of a {value.GetType().FullName}."),
    };

    private static IEnumerable<DictionaryEntry> Entries(IDictionary dictionary)
    {
        var entries = dictionary.GetEnumerator();
        while (entries.MoveNext())
        {
            yield return entries.Entry;
        }
    }

    /// <summary>A key and its value, combined in one call (<see cref="Fingerprint.Combine"/>).</summary>
    private static Fingerprint Pair(object key, object? value) => Fingerprint.Combine([OfPart(key), OfPart(value)]);

    private static bool IsSet(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IReadOnlySet<>) || i.GetGenericTypeDefinition() == typeof(ISet<>)));

    /// <summary>A record class: the compiler gives it an EqualityContract.</summary>
    private static bool IsRecord(Type type) =>
        type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null;

    private static FieldInfo[] Fields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        return [.. fields];
    }
}
