package tejun.mutation;

/** How a mutant changes the model, by its {@code mutatorName} in the report schema. */
enum Operator {
  WordChanged("マニュアルの語句の1文字を変える"),
  StateChangeSkipped("サイトの状態の変更を飛ばす"),
  BranchSwapped("分岐を入れ替える"),
  RecipientChanged("メール・SMS・電話の宛先を変える"),
  MessageWordChanged("メール・SMS・電話の本文の語句の1文字を変える"),
  TimeHalved("経過する時間を半分にする");

  final String japanese;

  Operator(String japanese) {
    this.japanese = japanese;
  }

  public String japanese() {
    return japanese;
  }
}
