namespace KzEdition.Cleaning;

/// <summary>
/// Two articles of different sources that share enough of their text to be witnesses of one article.
/// </summary>
/// <param name="First">The earlier article's position in the list searched.</param>
/// <param name="Second">The later article's position, always greater than <paramref name="First"/>.</param>
/// <param name="Containment">The share of the smaller shingle set found in the other (see <see cref="WitnessSignature"/>).</param>
public readonly record struct WitnessPair(int First, int Second, double Containment);
